import {
  changePassphrase,
  keysForPage,
  lock,
  turnOff,
  turnOn,
  unlock,
} from '../../../features/encryption/encryption-control';
import { encryptionStatus } from '../../../features/encryption/encryption-status';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';

const report = (error: unknown) => console.error('[rounds] encryption job', error);

const status: Handler<'encryption.status'> = async () => encryptionStatus(await getDatabase());

const on: Handler<'encryption.turnOn'> = async ({ passphrase }) => {
  const db = await getDatabase();
  (await turnOn(db, passphrase)).job.catch(report);
  return encryptionStatus(db);
};

const off: Handler<'encryption.turnOff'> = async ({ passphrase }) => {
  const db = await getDatabase();
  (await turnOff(db, passphrase)).job.catch(report);
  return encryptionStatus(db);
};

const rewrap: Handler<'encryption.changePassphrase'> = async ({ current, next }) => {
  await changePassphrase(current, next);
  return encryptionStatus(await getDatabase());
};

const open: Handler<'encryption.unlock'> = async ({ passphrase }) => {
  const db = await getDatabase();
  (await unlock(db, passphrase)).job.catch(report);
  return encryptionStatus(db);
};

const close: Handler<'encryption.lock'> = async () => {
  await lock();
  return encryptionStatus(await getDatabase());
};

const keys: Handler<'encryption.keys'> = async () => {
  await getDatabase(); // loads the keys from storage.session after a restart of the worker
  return keysForPage();
};

export const encryptionHandlers = {
  'encryption.keys': keys,
  'encryption.status': status,
  'encryption.turnOn': on,
  'encryption.turnOff': off,
  'encryption.changePassphrase': rewrap,
  'encryption.unlock': open,
  'encryption.lock': close,
};
