/** Capture code names physicians the same way as every other view: one implementation, in directory/. */
export { displayName, type NameFields } from '../directory/display-name';
