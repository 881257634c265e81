import { browser } from 'wxt/browser';
import { answerOffscreenCommand } from './backup-blob';

// The offscreen document Chrome's service worker opens for the automatic backup (reason BLOBS).
browser.runtime.onMessage.addListener((message, sender) => answerOffscreenCommand(message, sender));
