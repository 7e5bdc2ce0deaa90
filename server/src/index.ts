/** The directory server as a library: open the database, import feeds, serve the API. */
export { openDatabase, migrate, type Database, type DatabaseOptions } from './database.js';
export {
  importFeed,
  readSource,
  ImportError,
  type ImportReport,
  type ImportOptions,
} from './import.js';
export { createApi, type ApiOptions } from './api.js';
export { searchServices, type ServiceQuery, type ServicePage } from './search.js';
export { serviceQuery, BadRequest, LIMITS } from './params.js';
export { DirectoryMeta, TAXONOMY } from './directory.js';
export { main } from './cli.js';
