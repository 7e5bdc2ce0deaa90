/** The feed's closed lists of values (light: the interface reads them without the feed's schema). */

/** Days of the week, in the order used by `hours.weekly[].day`. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
/** Whether a service is running. Inactive services are left out of feeds (and hidden when mapped from HSDS). */
export const STATUSES = ['active', 'temporarily-closed'] as const;
/** How a service is delivered. */
export const DELIVERY_MODES = ['in-person', 'online', 'phone'] as const;
