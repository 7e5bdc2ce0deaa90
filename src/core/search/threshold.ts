/**
 * From here up, a directory is indexed and searched in a worker. Typing alone would allow far more in the page (a
 * keystroke costs 2.5 ms at p95 with 10,000 resources), but building the index is one task, and real records cost
 * far more than generated ones: `npm run bench` measures about 0.1 ms a record on the San Mateo directory's text
 * (1,689 services: one task of about 140 ms with its first render), against 0.016 ms for generated records. 500 real
 * records keep that task near 50 ms.
 */
export const DEFAULT_WORKER_THRESHOLD = 500;
