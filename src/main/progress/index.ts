export { ProgressStore, PROGRESS_FILE, csvField } from './store'
export type { Attempt, ProgressData, ProgressStoreOptions } from './store'
export { writeFileAtomic, previousCopyPath, removeStaleTemporaries } from './atomic-file'
