/** Indexes for the event-layer tests: a hand-made one and synthetic ones of any size. */
import { buildDatasetIndex, type DatasetIndex } from '../../../src/store/dataset-index';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { makeDataset, type DatasetSpec } from '../store/test-dataset';

export { DAY, T0, day } from '../store/test-dataset';

export function indexOf(spec: DatasetSpec): DatasetIndex {
  return buildDatasetIndex(makeDataset(spec));
}

export function syntheticIndex(events: number, seed = 3): DatasetIndex {
  return buildDatasetIndex(makeSyntheticLoadedDataset({ events, seed, features: Math.max(4, Math.ceil(events / 20)) }));
}
