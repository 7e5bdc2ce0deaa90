import type { ReportMessages } from '../messages.js';

/** The report form's words in English: loaded with the form (see `./index.ts`), not with every visit. */
export const report: ReportMessages = {
  legend: (name) => `What is wrong with “${name}”?`,
  kinds: {
    phone: 'The phone number',
    address: 'The address',
    hours: 'The opening hours',
    closed: 'It has closed',
    other: 'Something else',
  },
  note: 'Anything to add?',
  optional: 'optional',
  noteHint: 'For example the right number. Please do not write your name or contact details.',
  privacy: (recipient) =>
    `Your report goes to ${recipient}, who keep this directory. Nothing about you is sent: only what you chose and your note.`,
  send: 'Send report',
  sending: 'Sending…',
  stop: 'Stop sending',
  cancel: 'Cancel',
  errors: {
    choose: 'Choose what is wrong.',
    'say-what': 'Say in the box below what is wrong.',
    'too-long': 'The note is too long: 1,000 characters at most.',
  },
  errorSummary: 'There is a problem',
  sentTitle: 'Thank you',
  sentBody: (recipient) => `${recipient} received your report and will check this listing.`,
  reference: 'Reference',
  close: 'Close',
  failed: 'Your report was not sent.',
  uncertain: 'We could not confirm that your report arrived.',
  uncertainBody: (recipient) => `Sending it again is safe: ${recipient} will not receive it twice.`,
  failedKinds: {
    network: 'The connection failed.',
    timeout: 'The server did not answer in time.',
    server: 'The server had a problem.',
    rejected: 'The server did not accept the report.',
    aborted: 'Sending was stopped.',
    insecure:
      'The address for reports is not secure (it does not start with https://), so nothing was sent.',
  },
  keptNote: 'What you chose and wrote is still here.',
  retryingIn: (seconds) => `Trying again in ${seconds} s…`,
  retry: 'Try again now',
};
