import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { frameTargets } from '../../../src/map/frame-targets';

const loaded = loadDataset(readFileSync(new URL('../../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('the default dataset does not load');
const features = loaded.dataset.features.features;
const ids = (list: { id: string }[]) => list.map((f) => f.id).sort();

describe('frameTargets', () => {
  it('leaves the river out when it comes with places, so the camera stays on them', () => {
    const event = ['euphrates', 'divide-west-bank', 'al-bukamal-crossing'];
    expect(ids(frameTargets(features, event))).toEqual(['al-bukamal-crossing', 'divide-west-bank']);
  });

  it('frames a river selected alone', () => {
    expect(ids(frameTargets(features, ['euphrates']))).toEqual(['euphrates']);
  });

  it('frames every feature, the river too, when no ids are given', () => {
    expect(frameTargets(features, [])).toHaveLength(features.length);
  });

  it('ignores ids that name no feature', () => {
    expect(ids(frameTargets(features, ['al-bukamal', 'nowhere']))).toEqual(['al-bukamal']);
  });
});
