import type { ReportMessages } from '../messages.js';

/** The report form's words in Arabic: loaded with the form (see `./index.ts`), not with every visit. */
export const report: ReportMessages = {
  legend: (name) => `ما الخطأ في «${name}»؟`,
  kinds: {
    phone: 'رقم الهاتف',
    address: 'العنوان',
    hours: 'ساعات العمل',
    closed: 'أُغلق المكان',
    other: 'شيء آخر',
  },
  note: 'هل تريد إضافة شيء؟',
  optional: 'اختياري',
  noteHint: 'مثلًا الرقم الصحيح. لا تكتب اسمك ولا بيانات الاتصال بك.',
  privacy: (recipient) =>
    `يُرسل بلاغك إلى ${recipient} الذي يدير هذا الدليل. لا يُرسل أي شيء عنك: فقط ما اخترته وملاحظتك.`,
  send: 'إرسال البلاغ',
  sending: 'جارٍ الإرسال…',
  stop: 'إيقاف الإرسال',
  cancel: 'إلغاء',
  errors: {
    choose: 'اختر ما هو الخطأ.',
    'say-what': 'اكتب في المربع أدناه ما هو الخطأ.',
    'too-long': 'الملاحظة طويلة جدًا: 1000 حرف على الأكثر.',
  },
  errorSummary: 'هناك مشكلة',
  sentTitle: 'شكرًا',
  sentBody: (recipient) => `تلقّى ${recipient} بلاغك وسيتحقق من هذه البطاقة.`,
  reference: 'المرجع',
  close: 'إغلاق',
  failed: 'لم يُرسل بلاغك.',
  uncertain: 'لم نتمكن من التأكد من وصول بلاغك.',
  uncertainBody: (recipient) => `يمكنك إرساله مرة أخرى بأمان: لن يتلقاه ${recipient} مرتين.`,
  failedKinds: {
    network: 'فشل الاتصال.',
    timeout: 'لم يرد الخادم في الوقت المحدد.',
    server: 'حدثت مشكلة في الخادم.',
    rejected: 'لم يقبل الخادم البلاغ.',
    aborted: 'تم إيقاف الإرسال.',
    insecure: 'عنوان البلاغات غير آمن (لا يبدأ بـ https://)، لذلك لم يُرسل شيء.',
  },
  keptNote: 'ما اخترته وكتبته ما زال هنا.',
  retryingIn: (seconds) => `محاولة جديدة خلال ${seconds} ث…`,
  retry: 'حاول الآن',
};
