import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { EncryptionState } from '../../messaging/messages/encryption';
import { storageKeys, watchKey } from '../../storage/extension-storage';

/** The encryption state from the background, kept current when any context locks, unlocks or moves the job on. */
export function useEncryptionState(): [EncryptionState | null, (next: EncryptionState) => void, () => void] {
  const [state, setState] = useState<EncryptionState | null>(null);
  const refresh = useCallback(() => {
    void send('encryption.status', {})
      .then(setState)
      .catch(() => {});
  }, []);
  useEffect(() => {
    refresh();
    const stops = [storageKeys.encryption, storageKeys.unlockedKeys, storageKeys.lockState].map((k) =>
      watchKey(k, refresh),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, [refresh]);
  return [state, setState, refresh];
}
