import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuide } from './guide';

// Runs on every *.uscourts.gov page: recognise the page, decide the step, render the hint.
export default defineContentScript({
  matches: ['*://*.uscourts.gov/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: startGuide,
});
