/**
 * Collects what an importer makes of a file — source records with the excerpts that cite
 * them, events, map features — into a dataset v1 value, handing out ids that are unique in
 * their collection and stable: the same file gives the same ids, in the same order.
 */
import type { DatasetInput } from '../../domain/dataset-schema';

export type ArticleInput = DatasetInput['articles'][number];
export type ExcerptInput = DatasetInput['excerpts'][number];
export type EventInput = DatasetInput['events'][number];
export type FeatureInput = DatasetInput['features']['features'][number];
export type EraInput = NonNullable<DatasetInput['eras']>[number];

/** A data tool's record ("who said so"): an ACLED row, a TimelineJS slide, a GeoJSON feature. */
export interface SourceRecord {
  title: string;
  /** The tool or file that published the record ("ACLED", the timeline's title, the file name). */
  publisher: string;
  /** The record's own words, verbatim: the excerpt quotes it. Must not be empty. */
  text: string;
  /** Whom the record cites (ACLED's `source` column). */
  via?: string;
  published?: string;
  note?: string;
}

export interface DatasetMeta {
  title: string;
  description: string;
  license: string;
  updated: string;
  eras?: EraInput[];
}

type Collection = 'articles' | 'excerpts' | 'events' | 'features';

/** Hands out ids: `base`, then `base-2`, `base-3`, … for repeats, in the order asked. */
class IdRegistry {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  claim(base: string): string {
    const wanted = base.trim() === '' ? 'item' : base.trim();
    if (!this.taken.has(wanted)) {
      this.taken.add(wanted);
      return wanted;
    }
    let n = this.nextSuffix.get(wanted) ?? 2;
    while (this.taken.has(`${wanted}-${n}`)) n += 1;
    this.nextSuffix.set(wanted, n + 1);
    const id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

export class DatasetBuilder {
  readonly articles: ArticleInput[] = [];
  readonly excerpts: ExcerptInput[] = [];
  readonly events: EventInput[] = [];
  readonly features: FeatureInput[] = [];
  private readonly ids: Record<Collection, IdRegistry> = {
    articles: new IdRegistry(),
    excerpts: new IdRegistry(),
    events: new IdRegistry(),
    features: new IdRegistry(),
  };

  /** A fresh id for `collection`, `base` itself unless it is taken. */
  claimId(collection: Collection, base: string): string {
    return this.ids[collection].claim(base);
  }

  hasId(collection: Collection, id: string): boolean {
    return this.ids[collection].has(id);
  }

  /**
   * Adds a record and one excerpt quoting all of its text (the record's text is exactly what
   * it says, so the whole of it is the quote); returns the excerpt's id.
   */
  addRecord(base: string, record: SourceRecord): string {
    const articleId = this.claimId('articles', `r-${base}`);
    const excerptId = this.claimId('excerpts', `x-${base}`);
    this.addRecordAs(articleId, excerptId, record);
    return excerptId;
  }

  /**
   * `addRecord` with ids the caller has made unique itself (ACLED derives them from event ids it
   * has checked): at 100 000 rows, registering two more ids per row is a cost worth skipping.
   * The ids must not collide with any handed out by `claimId`.
   */
  addRecordAs(articleId: string, excerptId: string, record: SourceRecord): void {
    // An excerpt quotes at least one character.
    if (record.text === '') throw new Error(`record "${articleId}" has no text to quote`);
    const article: ArticleInput = { id: articleId, kind: 'record', title: record.title, publisher: record.publisher, text: record.text };
    // Absent, not undefined: the dataset is also written out as JSON, and compared after a round trip.
    if (record.via !== undefined && record.via !== '') article.via = record.via;
    if (record.published !== undefined) article.published = record.published;
    if (record.note !== undefined) article.note = record.note;
    this.articles.push(article);
    this.excerpts.push({ id: excerptId, articleId, start: 0, end: record.text.length, quote: record.text });
  }

  addEvent(event: EventInput): void {
    this.events.push(event);
  }

  addFeature(feature: FeatureInput): void {
    this.features.push(feature);
  }

  build(meta: DatasetMeta): DatasetInput {
    const dataset: DatasetInput = {
      version: 1,
      title: meta.title,
      description: meta.description,
      license: meta.license,
      updated: meta.updated,
      articles: this.articles,
      excerpts: this.excerpts,
      events: this.events,
      features: { type: 'FeatureCollection', features: this.features },
    };
    if (meta.eras !== undefined && meta.eras.length > 0) dataset.eras = meta.eras;
    return dataset;
  }
}
