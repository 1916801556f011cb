import type { LabApi } from '../shared/api'

declare global {
  interface Window {
    lab: LabApi
  }
}

export {}
