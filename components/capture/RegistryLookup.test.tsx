// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft, type PhysicianDraft } from '../../features/directory/physician-form-state';
import type { RegistryQuery } from '../../features/registry/registry-query';
import type { RegistryResult } from '../../features/registry/registry-result';
import type { RegistryLookupResponse } from '../../messaging/messages/registry';
import { RegistryLookup } from './RegistryLookup';

afterEach(cleanup);

const result = (over: Partial<RegistryResult>): RegistryResult => ({
  npi: '1154556637',
  kind: 'individual',
  first: 'Premila',
  middle: '',
  last: 'Mathews',
  organizationName: '',
  credentials: ['MD'],
  specialty: 'Family Medicine',
  taxonomyCode: '207Q00000X',
  address: '1 Main St',
  city: 'Albany',
  state: 'NY',
  postalCode: '12207-1234',
  phone: '518-555-0100',
  fax: '518-555-0101',
  ...over,
});

function Harness(props: {
  initial: Partial<PhysicianDraft>;
  answer: RegistryLookupResponse | Error;
  permitted?: boolean | 'no-api';
  seen?: RegistryQuery[];
}) {
  const [draft, setDraft] = useState<PhysicianDraft>({ ...emptyDraft, ...props.initial });
  return (
    <>
      <RegistryLookup
        draft={draft}
        baseUrl="https://npiregistry.cms.hhs.gov/api/"
        requestPermission={(): Promise<boolean> => {
          // Firefox's sidebar frame has no permissions API: calling it throws before any promise.
          if (props.permitted === 'no-api') throw new TypeError('browser.permissions is undefined');
          return Promise.resolve(props.permitted ?? true);
        }}
        lookup={async (q) => {
          props.seen?.push(q);
          if (props.answer instanceof Error) throw props.answer;
          return props.answer;
        }}
        onFill={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      />
      <output data-testid="draft">{JSON.stringify(draft)}</output>
    </>
  );
}

const draftShown = () => JSON.parse(screen.getByTestId('draft').textContent ?? '{}') as PhysicianDraft;
const lookUp = () => fireEvent.click(screen.getByRole('button', { name: 'Look up in NPI Registry' }));

describe('RegistryLookup', () => {
  it('still looks up where the frame has no permissions API (the background checks the grant)', async () => {
    const seen: RegistryQuery[] = [];
    render(
      <Harness
        initial={{ npi: '1154556637' }}
        answer={{ ok: true, results: [result({})] }}
        seen={seen}
        permitted="no-api"
      />,
    );
    lookUp();
    await screen.findByText(/Filled from the NPI Registry/);
    expect(seen).toEqual([{ npi: '1154556637' }]);
  });

  it('looks up by name and state, and fills specialty, address, phone and fax from a single result', async () => {
    const seen: RegistryQuery[] = [];
    render(
      <Harness
        initial={{ first: 'Premila', last: 'Mathews' }}
        answer={{ ok: true, results: [result({})] }}
        seen={seen}
      />,
    );
    fireEvent.input(screen.getByLabelText('State'), { target: { value: 'ny' } });
    lookUp();
    await screen.findByText(/Filled from the NPI Registry: Premila Mathews, MD — Family Medicine, Albany, NY/);
    expect(seen).toEqual([{ first: 'Premila', last: 'Mathews', state: 'NY' }]);
    expect(draftShown()).toMatchObject({
      npi: '1154556637',
      specialty: 'Family Medicine',
      practiceName: '1 Main St, Albany, NY 12207-1234',
      phone: '518-555-0100',
      fax: '518-555-0101',
      first: 'Premila',
    });
  });

  it('looks up by NPI when the form has one, and lets the user choose among several results', async () => {
    const seen: RegistryQuery[] = [];
    const answer = {
      ok: true as const,
      results: [result({}), result({ npi: '1720377294', first: 'Elise', last: 'Hiza', city: 'Durham' })],
    };
    render(<Harness initial={{ npi: '1154556637', last: 'X' }} answer={answer} seen={seen} />);
    lookUp();
    fireEvent.click(await screen.findByRole('button', { name: /Elise Hiza, MD — Family Medicine, Durham/ }));
    expect(seen).toEqual([{ npi: '1154556637' }]);
    await waitFor(() => expect(draftShown().npi).toBe('1720377294'));
    expect(draftShown().last).toBe('X'); // what the user typed wins
  });

  it.each([
    ['no-results', 'The NPI Registry has no one matching this search.'],
    ['rate-limited', 'The NPI Registry is busy: try again in a minute.'],
    ['server-error', 'The NPI Registry is having trouble: try again later.'],
    ['network', 'The NPI Registry cannot be reached: check the connection.'],
  ] as const)('explains %s', async (kind, message) => {
    render(<Harness initial={{ last: 'Mathews' }} answer={{ ok: false, kind, detail: '' }} />);
    lookUp();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('says what is missing, and when permission was refused or the background failed', async () => {
    render(<Harness initial={{}} answer={{ ok: true, results: [] }} />);
    lookUp();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Type an NPI, or a last name/);
    cleanup();
    const seen: RegistryQuery[] = [];
    render(<Harness initial={{ last: 'Mathews' }} answer={{ ok: true, results: [] }} permitted={false} seen={seen} />);
    lookUp();
    expect((await screen.findByRole('alert')).textContent).toMatch(/permission to reach npiregistry.cms.hhs.gov/);
    expect(seen).toEqual([]);
    cleanup();
    render(<Harness initial={{ last: 'Mathews' }} answer={new Error('Could not establish connection')} />);
    lookUp();
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be reached/);
  });
});
