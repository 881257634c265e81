import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clearNoteDraft, loadNoteDraft, noteDraftKey, saveNoteDraft } from './note-drafts';

const debounceMs = 300;

/**
 * The note text for one physician on one page, restored from the stored draft and saved (debounced) as it is typed;
 * a pending save is flushed when the sidebar unmounts or the frame is hidden or unloaded.
 */
export function useNoteDraft(physicianId: string, pageKey: string) {
  const key = noteDraftKey(physicianId, pageKey);
  const [text, setTextState] = useState('');
  const [restored, setRestored] = useState(false);
  const typed = useRef(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);

  const flush = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    void saveNoteDraft(key, job.text);
  }, [key]);

  useEffect(() => {
    let live = true;
    typed.current = false;
    loadNoteDraft(key).then((draft) => {
      if (!live || typed.current) return;
      setTextState(draft);
      setRestored(draft !== '');
    });
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    addEventListener('visibilitychange', onHide);
    return () => {
      live = false;
      removeEventListener('pagehide', onHide);
      removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [key, flush]);

  const setText = useCallback(
    (next: string) => {
      typed.current = true;
      setTextState(next);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text: next, timer: setTimeout(flush, debounceMs) };
    },
    [flush],
  );

  const clear = useCallback(async () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setTextState('');
    setRestored(false);
    await clearNoteDraft(key);
  }, [key]);

  return { text, setText, clear, restored };
}
