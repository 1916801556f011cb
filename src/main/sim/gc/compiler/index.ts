/**
 * The per-profile compiler emulators (see ../compiler-allocations.ts). Each module registers itself.
 */
import './py3'
import './py27'
