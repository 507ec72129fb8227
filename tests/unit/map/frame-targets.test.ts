import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { resolveFeatureDisplay } from '../../../src/map/feature-display';
import { frameTargets } from '../../../src/map/frame-targets';

const loaded = loadDataset(readFileSync(new URL('../../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('the default dataset does not load');
const features = loaded.dataset.features.features;
// The default dataset says (kinds.features.river.role) that its river is the divide.
const display = resolveFeatureDisplay(features, loaded.dataset.kinds);
const ids = (list: { id: string }[]) => list.map((f) => f.id).sort();

describe('frameTargets', () => {
  it('leaves a divide out when it comes with places, so the camera stays on them', () => {
    const event = ['euphrates', 'divide-west-bank', 'al-bukamal-crossing'];
    expect(ids(frameTargets(features, display, event))).toEqual(['al-bukamal-crossing', 'divide-west-bank']);
  });

  it('frames a divide selected alone', () => {
    expect(ids(frameTargets(features, display, ['euphrates']))).toEqual(['euphrates']);
  });

  it('opens on every feature but the divide when no ids are given', () => {
    expect(frameTargets(features, display, [])).toHaveLength(features.length - 1);
    expect(ids(frameTargets(features, display, []))).not.toContain('euphrates');
  });

  it('frames everything when the data names no divide', () => {
    const plain = resolveFeatureDisplay(features, undefined);
    expect(frameTargets(features, plain, [])).toHaveLength(features.length);
  });

  it('ignores ids that name no feature', () => {
    expect(ids(frameTargets(features, display, ['al-bukamal', 'nowhere']))).toEqual(['al-bukamal']);
  });
});
