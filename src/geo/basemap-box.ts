/**
 * The box the basemap is clipped to: eastern Syria and western Iraq with room around them
 * (the Lebanese coast to the west, Baghdad to the east, northern Jordan to the south, south-east
 * Turkey up to Diyarbakır to the north). The map can use it as its outer limit.
 */
import type { Bounds } from './feature-bounds';

export const BASEMAP_BOX: Bounds = [35, 32, 44.5, 38];
