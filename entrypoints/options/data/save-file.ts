/** The one way pages save a generated file (components/save-file.ts). */
export { type LastSavedFile, saveFile } from '../../../components/save-file';
