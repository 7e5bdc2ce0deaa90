/** The problem report form: the drop-in's file loaded when a visitor first reports a problem (see drop-in.ts). */
export { RfReportForm } from './components/rf-report-form/rf-report-form.js';
