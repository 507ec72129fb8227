/**
 * What the default dataset says, written as quotes: every excerpt and debris range is an exact
 * string of the article, and `npm run dataset` computes the offsets (failing when a quote is
 * absent or occurs twice). Dates the text does not carry come only from the seed README, or
 * are flagged in the event's `note` as public record.
 */
import type { z } from 'zod';
import type { DatasetKinds, EventSchema, StorySchema } from '../../src/domain/dataset-schema';

export interface QuoteSpec {
  id: string;
  /** An exact, unique substring of the article text. */
  quote: string;
}

export interface DatasetSpec {
  dataset: { title: string; description: string; license: string; updated: string };
  article: {
    id: string;
    title: string;
    publisher: string;
    url: string;
    published: string;
    via?: string;
    note: string;
    /** The verbatim copy, relative to the repository root. */
    file: string;
    /** Collection debris, each an exact unique substring, with why it is not article content. */
    ignore: { quote: string; reason: string }[];
  };
  excerpts: QuoteSpec[];
  events: z.input<typeof EventSchema>[];
  /** Display hints: how the map and the legend show each feature kind (docs/dataset-format.md). */
  kinds: DatasetKinds;
  /** Guided stories through the events (docs/dataset-format.md, "Stories"): step texts say only what the cited excerpts say. */
  stories: z.input<typeof StorySchema>[];
  /** Excerpts (and an optional map label) to add to features of the mission features file. */
  featureCitations: Record<string, { excerptIds: string[]; label?: string }>;
  /** The mission features file, relative to the repository root. */
  featuresFile: string;
  /** Where the dataset is written, relative to the repository root. */
  output: string;
}

const ARTICLE_ID = 'mem-2022-08-24-us-strikes-deir-ez-zor';

export const DEIR_EZ_ZOR_2022_SPEC: DatasetSpec = {
  dataset: {
    title: 'US strikes in Deir ez-Zor, August 2022',
    description:
      'Events and places in one Middle East Monitor article (relying on Reuters) about the US strikes in Deir ez-Zor ' +
      'announced by US Central Command on 23 August 2022: every event and map feature cites verbatim excerpts of it.',
    license:
      'Events, excerpt selection and map annotations: CC BY 4.0. Article text: © Middle East Monitor, quoted verbatim ' +
      'as the source. Geometry: derived from Natural Earth (public domain), see geo-data/SOURCES.md.',
    updated: '2026-11-25',
  },
  article: {
    id: ARTICLE_ID,
    title: 'US bombs Iranian military installations in Syria',
    publisher: 'Middle East Monitor',
    // The seed records no URL for the article itself; this is the publisher's site root (see note).
    url: 'https://www.middleeastmonitor.com/',
    published: '2022-08-24',
    via: 'Reuters',
    note:
      'Text collected verbatim (geo-data/articles/mem-2022-08-us-strikes-deir-ez-zor.txt; provenance in ' +
      'geo-data/articles/SOURCES.md). The article’s own URL is not recorded in the source collection: `url` is the ' +
      'publisher’s site root. Dates the text does not carry itself, from the collection’s notes (public record): the ' +
      'article was published on 24 August 2022; the US Central Command statement it quotes ("...precision airstrikes ' +
      'in Deir ez-Zor, Syria today") was issued on 23 August 2022, the day of the strikes, so "In June last year" ' +
      'means June 2021. The text names no place for the August 15 attacks nor for the June 2021 strikes.',
    file: 'geo-data/articles/mem-2022-08-us-strikes-deir-ez-zor.txt',
    ignore: [
      {
        quote: 'US bombs Iranian military installations in Syria – Middle East Monitor',
        reason: 'page title (headline plus site name) collected with the page, not body text; the headline is in `title`',
      },
      {
        quote: 'US: Syrian regime responsible for chemical attack in Ghouta',
        reason: 'inline headline of an unrelated article (collection debris)',
      },
      { quote: 'Comments are closed.', reason: 'site footer (collection debris)' },
    ],
  },
  excerpts: [
    {
      id: 'x-strike-announced',
      quote:
        'The US military announced that it had carried out a strike in Deir Ez-Zor in Syria, targeting military ' +
        'installations and infrastructure used by groups linked to the Iranian Revolutionary Guards, as reported Reuters.',
    },
    {
      id: 'x-pro-iranian-west',
      quote:
        'Pro-Iranian groups are largely concentrated west of the Euphrates in Deir Ez-Zor province, where they source ' +
        'supplies from Iraq via the Al-Bukamal border crossing, the newswire explained.',
    },
    {
      id: 'x-centcom-airstrikes',
      quote:
        'U.S. Central Command Director of Communications Col. Joe Buccino said, “Under the direction of President ' +
        'Biden, U.S. military forces conducted precision airstrikes in Deir ez-Zor, Syria today.',
    },
    {
      id: 'x-august-15-attacks',
      quote:
        'These precision strikes are intended to defend and protect US forces against attacks like those on August 15 ' +
        'against US personnel by Iran-backed groups.',
    },
    {
      id: 'x-targets-irgc',
      quote: 'The US strikes targeted infrastructure used by groups affiliated with Iran’s Islamic Revolutionary Guard Corps.',
    },
    {
      id: 'x-proportionate',
      quote:
        'The United States has taken proportionate and deliberate steps intended to limit the risk of escalation and ' +
        'minimize the risk of losses.',
    },
    {
      id: 'x-no-details',
      quote:
        'No details were given regarding casualties and fatalities or whether the strike was carried out by manned or ' +
        'unmanned aircraft.',
    },
    {
      id: 'x-not-seek-conflict',
      quote:
        'The United States does not seek conflict but will continue to take the necessary steps to protect and defend ' +
        'our people,” the statement added',
    },
    { id: 'x-remain-defeat-isis', quote: 'U.S. forces remain in Syria to ensure the lasting defeat of ISIS.' },
    {
      id: 'x-not-first-time',
      quote: 'This is not the first time that US warplanes have struck Iranian-backed forces in Iraq and Syria.',
    },
    {
      id: 'x-june-last-year',
      quote:
        'In June last year, the United States bombed operations command and weapons storage facilities at two ' +
        'locations in Syria and one in Iraq.',
    },
    {
      id: 'x-first-deployed',
      quote:
        'US forces were first deployed to Syria during former President Barack Obama’s administration’s campaign ' +
        'against Daesh, in partnership with the Syrian Democratic Forces (SDF).',
    },
    { id: 'x-900-soldiers', quote: 'About 900 American soldiers are deployed in Syria, most of them in the east.' },
  ],
  events: [
    {
      id: 'ev-2022-08-23-us-strikes-deir-ez-zor',
      title: 'US airstrikes in Deir ez-Zor',
      summary:
        'US forces carried out precision airstrikes in Deir ez-Zor on infrastructure used by groups affiliated with ' +
        'Iran’s Islamic Revolutionary Guard Corps, to defend US forces against attacks like those of August 15. No ' +
        'details were given on casualties or on whether the aircraft were manned. Placed on the governorate, not the ' +
        'city: the article says only "Deir Ez-Zor" and "Deir ez-Zor, Syria", which may mean either.',
      kind: 'strike',
      start: '2022-08-23',
      precision: 'day',
      actors: ['United States'],
      featureIds: ['deir-ez-zor-governorate'],
      excerptIds: ['x-strike-announced', 'x-centcom-airstrikes', 'x-august-15-attacks', 'x-targets-irgc', 'x-no-details'],
      note: 'Date: the "today" of the US Central Command statement, issued on 23 August 2022 (the article note’s source).',
    },
    {
      id: 'ev-2022-08-23-centcom-statement',
      title: 'US Central Command statement on the strikes',
      summary:
        'US Central Command announced the strikes, called them proportionate and deliberate steps to limit the risk of ' +
        'escalation, said the United States does not seek conflict, and that US forces remain in Syria to ensure the ' +
        'lasting defeat of ISIS.',
      kind: 'statement',
      start: '2022-08-23',
      precision: 'day',
      actors: ['U.S. Central Command'],
      featureIds: [],
      excerptIds: ['x-centcom-airstrikes', 'x-proportionate', 'x-not-seek-conflict', 'x-remain-defeat-isis'],
      note: 'Date: the statement was issued on 23 August 2022 (the article note’s source).',
    },
    {
      id: 'ev-2022-08-15-attacks-on-us-personnel',
      title: 'Attacks on US personnel by Iran-backed groups',
      summary:
        'Iran-backed groups attacked US personnel on August 15; US Central Command gave these attacks as the reason ' +
        'for the strikes. The article names no place for them.',
      kind: 'attack',
      start: '2022-08-15',
      precision: 'day',
      actors: ['Iran-backed groups'],
      featureIds: [],
      excerptIds: ['x-august-15-attacks'],
      note: 'The text gives "August 15" without a year; the statement naming it was issued on 23 August 2022, so 2022.',
    },
    {
      id: 'ev-2021-06-us-strikes-syria-iraq',
      title: 'US strikes in Syria and Iraq, June 2021',
      summary:
        'The United States bombed operations command and weapons storage facilities at two locations in Syria and one ' +
        'in Iraq, striking Iranian-backed forces. The article names none of the locations.',
      kind: 'strike',
      start: '2021-06',
      precision: 'month',
      actors: ['United States'],
      featureIds: [],
      excerptIds: ['x-not-first-time', 'x-june-last-year'],
      note: '"In June last year" in an article published on 24 August 2022: June 2021.',
    },
    {
      id: 'ev-us-forces-first-deployed-to-syria',
      title: 'US forces first deployed to Syria',
      summary:
        'US forces were first deployed to Syria at some time during the Obama administration’s campaign against ' +
        'Daesh, in partnership with the Syrian Democratic Forces (SDF). The article gives no date: the deployment ' +
        'happened some time within the administration’s term, the bounds shown; it did not last that long.',
      kind: 'deployment',
      start: '2009-01-20',
      end: '2017-01-20',
      precision: 'between',
      actors: ['United States', 'Syrian Democratic Forces (SDF)'],
      featureIds: [],
      excerptIds: ['x-first-deployed'],
      note:
        'The bounds are the term of the Obama administration (20 January 2009 to 20 January 2017), public record and ' +
        'not from the article: they bound when the first deployment happened, they do not date it.',
    },
    {
      id: 'ev-2022-08-24-us-troops-in-syria',
      title: 'About 900 US soldiers in Syria, most in the east',
      summary:
        'About 900 American soldiers are deployed in Syria, most of them in the east (of Syria; the article names no ' +
        'place, so the event is not placed on the map).',
      kind: 'presence',
      start: '2022-08-24',
      precision: 'day',
      actors: ['United States'],
      featureIds: [],
      excerptIds: ['x-900-soldiers'],
      note: 'Stated in the present tense in the article published on 24 August 2022; the date is that of the article.',
    },
    {
      id: 'ev-2022-08-24-pro-iranian-groups-west-of-euphrates',
      title: 'Pro-Iranian groups west of the Euphrates, supplied from Iraq via Al-Bukamal',
      summary:
        'Pro-Iranian groups are largely concentrated west of the Euphrates in Deir ez-Zor province and source supplies ' +
        'from Iraq via the Al-Bukamal border crossing (per Reuters). The supply route on the map is schematic.',
      kind: 'presence',
      start: '2022-08-24',
      precision: 'day',
      actors: ['Pro-Iranian groups'],
      featureIds: ['euphrates', 'divide-west-bank', 'al-bukamal-crossing', 'supply-route'],
      excerptIds: ['x-pro-iranian-west'],
      note: 'Stated in the present tense in the article published on 24 August 2022; the date is that of the article.',
    },
  ],
  kinds: {
    features: {
      city: { label: 'City', label_ar: 'مدينة' },
      town: { label: 'Town', label_ar: 'بلدة' },
      governorate: { label: 'Governorate', label_ar: 'محافظة', role: 'outline' },
      // The only river here is the divide the article speaks of.
      river: { label: 'Euphrates — the divide', label_ar: 'الفرات: خطّ الفصل', role: 'divide' },
      'divide-side': { label: 'Side of the divide', label_ar: 'ضفة من ضفتي خطّ الفصل', role: 'side' },
      crossing: { label: 'Border crossing', label_ar: 'معبر حدودي', role: 'crossing' },
      route: { label: 'Supply route (schematic)', label_ar: 'طريق إمداد (تخطيطي)', role: 'route' },
    },
  },
  stories: [
    {
      id: 'us-presence-in-eastern-syria',
      title: 'US forces and Iran-backed groups in eastern Syria',
      title_ar: 'القوات الأمريكية والجماعات المدعومة من إيران في شرق سوريا',
      steps: [
        {
          title: 'The first US deployment, alongside the SDF',
          title_ar: 'أول نشر للقوات الأمريكية في سوريا، بالشراكة مع «قسد»',
          text:
            'US forces were first deployed to Syria during the Obama administration’s campaign against Daesh, in ' +
            'partnership with the Syrian Democratic Forces (SDF). The article gives no date for the deployment.',
          text_ar:
            'نُشرت القوات الأمريكية في سوريا لأول مرة خلال حملة إدارة الرئيس الأسبق باراك أوباما على تنظيم «داعش»، ' +
            'بالشراكة مع قوات سوريا الديمقراطية (قسد). ولا يذكر المقال تاريخ هذا النشر.',
          eventId: 'ev-us-forces-first-deployed-to-syria',
          // The event's own bounds: the administration's term, within which the deployment happened.
          window: { start: '2009-01-20', end: '2017-01-20' },
          // The article places the deployment only "to Syria": the map shows Syria rather than framing a place.
          camera: { center: [39, 34.8], zoom: 6 },
        },
        {
          title: 'US strikes in Syria and Iraq, June 2021',
          title_ar: 'ضربات أمريكية في سوريا والعراق، يونيو/حزيران 2021',
          text:
            'In June 2021, the United States bombed operations command and weapons storage facilities at two locations ' +
            'in Syria and one in Iraq, an earlier time that US warplanes struck Iranian-backed forces. The article ' +
            'names none of the locations.',
          text_ar:
            'في يونيو/حزيران 2021 قصفت الولايات المتحدة منشآت لقيادة العمليات وتخزين الأسلحة في موقعين في سوريا وموقع ' +
            'واحد في العراق، وهي مرة سابقة ضربت فيها الطائرات الحربية الأمريكية قوات مدعومة من إيران. ولا يسمّي ' +
            'المقال أيّاً من هذه المواقع.',
          eventId: 'ev-2021-06-us-strikes-syria-iraq',
          window: { start: '2021-06', end: '2021-06' },
          // Unnamed locations in Syria and Iraq: the map shows both countries.
          camera: { center: [42.2, 33.3], zoom: 5.3 },
        },
        {
          title: 'Attacks on US personnel, 15 August 2022',
          title_ar: 'هجمات على أفراد أمريكيين، 15 أغسطس/آب 2022',
          text:
            'Iran-backed groups attacked US personnel on August 15. The US said its precision strikes were intended to ' +
            'defend and protect US forces against attacks like those; the article does not say where they took place.',
          text_ar:
            'هاجمت جماعات مدعومة من إيران أفراداً أمريكيين في 15 أغسطس/آب. وقالت الولايات المتحدة إن ضرباتها الدقيقة ' +
            'تهدف إلى الدفاع عن القوات الأمريكية وحمايتها من هجمات كتلك، ولا يذكر المقال أين وقعت هذه الهجمات.',
          eventId: 'ev-2022-08-15-attacks-on-us-personnel',
          time: '2022-08-15',
          // No place in the article: the same wide view of Syria and Iraq, so no place is suggested.
          camera: { center: [42.2, 33.3], zoom: 5.3 },
        },
        {
          title: 'US airstrikes in Deir ez-Zor, 23 August 2022',
          title_ar: 'غارات أمريكية في دير الزور، 23 أغسطس/آب 2022',
          text:
            'US forces carried out precision airstrikes in Deir ez-Zor on infrastructure used by groups affiliated with ' +
            'Iran’s Islamic Revolutionary Guard Corps. No details were given on casualties or on whether the aircraft ' +
            'were manned.',
          text_ar:
            'نفّذت القوات الأمريكية غارات دقيقة في دير الزور على بنى تحتية تستخدمها جماعات تابعة للحرس الثوري ' +
            'الإيراني. ولم تُعلَن أي تفاصيل عن الضحايا، ولا عمّا إذا كانت الطائرات المنفِّذة مأهولة أم مسيّرة.',
          // Framed on the event's place, the governorate.
          eventId: 'ev-2022-08-23-us-strikes-deir-ez-zor',
          time: '2022-08-23',
        },
        {
          title: 'Where the pro-Iranian groups are',
          title_ar: 'أين تتمركز الجماعات الموالية لإيران',
          text:
            'The article, citing a newswire, says pro-Iranian groups are largely concentrated west of the Euphrates in ' +
            'Deir ez-Zor province and source supplies from Iraq via the Al-Bukamal border crossing. The supply route ' +
            'drawn on the map is schematic.',
          text_ar:
            'يقول المقال، نقلاً عن وكالة أنباء، إن الجماعات الموالية لإيران تتركّز إلى حدّ كبير غرب نهر الفرات في ' +
            'محافظة دير الزور، وتتزوّد بالإمدادات من العراق عبر معبر البوكمال الحدودي. وطريق الإمداد المرسوم على ' +
            'الخريطة تخطيطي.',
          // Framed on the event's places: the west bank, the crossing and the route (the river is context).
          eventId: 'ev-2022-08-24-pro-iranian-groups-west-of-euphrates',
          time: '2022-08-24',
        },
      ],
    },
  ],
  featureCitations: {
    // "Deir Ez-Zor" in the strike excerpts may be the city or the province, so both cite them.
    'deir-ez-zor': { excerptIds: ['x-strike-announced', 'x-centcom-airstrikes'] },
    'deir-ez-zor-governorate': { excerptIds: ['x-strike-announced', 'x-centcom-airstrikes', 'x-pro-iranian-west'] },
    euphrates: { excerptIds: ['x-pro-iranian-west'] },
    'divide-west-bank': {
      excerptIds: ['x-pro-iranian-west'],
      label: 'Pro-Iranian groups largely here, per MEMO/Reuters',
    },
    // The article puts most US troops "in the east" of Syria, not on this bank; the label says that and no more.
    // The map prints labels in brackets under the name, hence no brackets and a lower-case start here.
    'divide-east-bank': {
      excerptIds: ['x-900-soldiers'],
      label: 'most of ~900 US troops in Syria are “in the east”, per MEMO/Reuters',
    },
    'al-bukamal': { excerptIds: ['x-pro-iranian-west'] },
    'al-bukamal-crossing': { excerptIds: ['x-pro-iranian-west'] },
    // Keeps its own label ("schematic") from the features file.
    'supply-route': { excerptIds: ['x-pro-iranian-west'] },
  },
  featuresFile: 'geo-data/mission-features.geojson',
  output: 'geo-data/datasets/deir-ez-zor-2022.json',
};
