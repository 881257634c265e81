// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { outreach } from '../../storage/schemas';
import { OutreachList } from './OutreachList';

const entry = (id: string, createdBy: string) =>
  outreach.parse({
    id,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    createdBy,
    updatedBy: createdBy,
    type: 'visit',
    at: '2026-01-05T09:00:00.000Z',
    physicianIds: ['7d0201c2-99d4-49a3-b5fb-f4b31712dea4'],
  });

describe('OutreachList', () => {
  it('names who logged an entry when a team member did (who visited last), and nobody otherwise', () => {
    const items = [
      {
        kind: 'outreach' as const,
        key: 'a',
        sortKey: '2',
        outreach: entry('0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3', 'alice'),
      },
      {
        kind: 'outreach' as const,
        key: 'b',
        sortKey: '1',
        outreach: entry('1b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3', ''),
      },
    ];
    render(<OutreachList items={items} links={() => []} programNames={new Map()} />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first?.textContent).toContain('by alice');
    expect(second?.textContent).not.toContain('by ');
  });
});
