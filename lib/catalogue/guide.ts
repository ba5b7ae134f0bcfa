/**
 * The whole English guide. Apart from `./index` on purpose: the side panel's first view reads the types only,
 * and importing the guide from there would put all of it in that view's bundle. Code that needs only the phases
 * or metrics reads `./phases`.
 */
export { GUIDE } from './guide-data';
export { metricById, phaseById } from './phases';
