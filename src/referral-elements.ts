/** The referral form and its dialog: the drop-in's chunk loaded when a referral is first needed (see drop-in.ts). */
export { RfReferralForm } from './components/rf-referral-form/rf-referral-form.js';
export { RfReferralDialog } from './components/rf-referral-dialog/rf-referral-dialog.js';
