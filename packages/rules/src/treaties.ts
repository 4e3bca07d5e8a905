import type { Treaty } from './types.js';

/*
 * Every quote is verbatim from the public copy named as its source (the
 * same texts, with their sources, are in docs/treaty-clauses.md). None of
 * them is the depositary's own certified text. Where only a non-English
 * authentic or official text was found, that text is quoted, and `unverified`
 * says that the English wording is not. Entry-into-force dates are from
 * secondary sources, each named, not from the depositary's record.
 */

const UNSG = 'Secretary-General of the United Nations';
const THREE_POWERS =
  'Governments of the United Kingdom, the United States and the Russian Federation';
const SILENT = (article: string, words: string) =>
  `${article} requires notice ${words} and says nothing of a later date: the catalog has no verified provision for one.`;

/** The withdrawal clauses of the treaties Treaty Watch follows, as data (docs/rules.md, "The treaty catalog"). */
export const TREATIES: readonly Treaty[] = [
  {
    id: 'apmbc',
    aliases: ['ottawa'],
    name: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
    shortName: 'Ottawa Convention',
    depositary: UNSG,
    noticeTo: 'the depositary',
    noticePeriod: { amount: 6, unit: 'months' },
    laterDate: 'unverified',
    laterDateBasis:
      'The English text of Article 20 was not found verbatim, only an official German translation and a partial English quotation: the catalog has no verified provision for a later date.',
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '1999-03-01',
      source: 'http://www.un.org/disarmament/convarms/landmines/mineban/',
    },
    noticeBar: null,
    article: 'Article 20(3)',
    quotes: [
      {
        article: 'Article 20(2)',
        language: 'de',
        text: 'Jeder Vertragsstaat hat in Ausübung seiner staatlichen Souveränität das Recht, von diesem Übereinkommen zurückzutreten. Er zeigt seinen Rücktritt allen anderen Vertragsstaaten, dem Depositar und dem Sicherheitsrat der Vereinten Nationen an. Die Rücktrittsurkunde muss eine vollständige Darlegung der Gründe für den Rücktritt enthalten.',
        source: 'https://droit-bilingue.ch/de-it/0.5/0.51/0.515.092-20-23.html',
      },
      {
        article: 'Article 20(3)',
        language: 'de',
        text: 'Der Rücktritt wird erst sechs Monate nach Eingang der Rücktrittsurkunde beim Depositar wirksam. Ist der zurücktretende Vertragsstaat jedoch bei Ablauf dieser sechs Monate in einen bewaffneten Konflikt verwickelt, so wird der Rücktritt erst nach Beendigung dieses bewaffneten Konflikts wirksam.',
        source: 'https://droit-bilingue.ch/de-it/0.5/0.51/0.515.092-20-23.html',
      },
      {
        article: 'Article 20(3)',
        language: 'en',
        text: '...[if] in the expiry of that six-month period, the withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict.',
        source:
          'https://www.jurist.org/news/2025/12/ukraine-condemned-for-withdrawing-from-mine-ban-treaty',
      },
      {
        article: 'No suspension clause',
        language: 'en',
        text: 'the convention does not have any clause on suspension',
        source:
          'https://www.aa.com.tr/en/europe/un-warns-security-fears-cannot-justify-weakening-global-landmine-treaty-as-states-object-to-ukraines-suspension/3760039?amp=1',
      },
    ],
    unverified:
      'The English text of Article 20 was not found verbatim: the German is the official Swiss translation, the English a partial quotation in a news report.',
  },
  {
    id: 'ccm',
    aliases: [],
    name: 'Convention on Cluster Munitions',
    shortName: 'Convention on Cluster Munitions',
    depositary: UNSG,
    noticeTo: 'the depositary',
    noticePeriod: { amount: 6, unit: 'months' },
    laterDate: 'not-provided',
    laterDateBasis:
      'Article 20(3) (French text) fixes the effect six months after the depositary receives the instrument of withdrawal and provides for no later date.',
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '2010-08-01',
      source:
        'http://unngls.org/index.php/un-ngls_news_archives/2010/813-convention-on-cluster-munitions-goes-into-effect',
    },
    noticeBar: null,
    article: 'Article 20(3)',
    quotes: [
      {
        article: 'Article 20(2)',
        language: 'fr',
        text: "Chaque État partie a le droit, dans l'exercice de sa souveraineté nationale, de se retirer de la présente Convention. Il doit notifier ce retrait à tous les autres États parties, au Dépositaire et au Conseil de sécurité des Nations Unies. Cet instrument de retrait comprend une explication complète des raisons motivant ce retrait.",
        source: 'https://droit-bilingue.ch/fr-it/0.5/0.51/0.515.093-20-23.html',
      },
      {
        article: 'Article 20(3)',
        language: 'fr',
        text: "Le retrait ne prend effet que six mois après réception de l'instrument de retrait par le Dépositaire. Cependant, si à l'expiration de ces six mois l'État partie qui se retire est engagé dans un conflit armé, le retrait ne prendra pas effet avant la fin de ce conflit armé.",
        source: 'https://droit-bilingue.ch/fr-it/0.5/0.51/0.515.093-20-23.html',
      },
    ],
    unverified:
      'The English text was not retrieved verbatim; the French is the official Swiss text (SR 0.515.093), identified as the Convention on Cluster Munitions by its three-paragraph Article 20, and that identification is unverified.',
  },
  {
    id: 'tpnw',
    aliases: [],
    name: 'Treaty on the Prohibition of Nuclear Weapons',
    shortName: 'TPNW',
    depositary: UNSG,
    noticeTo: 'the depositary',
    noticePeriod: { amount: 12, unit: 'months' },
    laterDate: 'not-provided',
    laterDateBasis:
      'Article 17(3) (French authentic text) fixes the effect 12 months after the depositary receives the notification and provides for no later date.',
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '2021-01-22',
      source: 'https://www.icanw.org/timeline_22_jan_2021_tpnw_enters_into_force',
    },
    noticeBar: null,
    article: 'Article 17(3)',
    quotes: [
      {
        article: 'Article 17(2)',
        language: 'fr',
        text: "Chaque État Partie, dans l'exercice de sa souveraineté nationale, a le droit de se retirer du présent Traité s'il décide que des événements extraordinaires en rapport avec l'objet du Traité ont compromis ses intérêts suprêmes. Il notifie alors ce retrait au Dépositaire. Ladite notification contient un exposé des événements extraordinaires dont l'État en question considère qu'ils ont compromis ses intérêts suprêmes.",
        source:
          'https://fr.m.wikisource.org/wiki/Page:ONU_Trait%C3%A9_sur_l_interdiction_des_armes_nucl%C3%A9aires_2017.djvu/10',
      },
      {
        article: 'Article 17(3)',
        language: 'fr',
        text: "Le retrait ne prend effet que 12 mois après la date de réception de la notification du retrait par le Dépositaire. Si toutefois, à l'expiration de cette période de 12 mois, l'État Partie qui se retire est partie à un conflit armé, il reste lié par les obligations résultant du présent Traité et de tout protocole additionnel jusqu'à ce qu'il ne soit plus partie à aucun conflit armé.",
        source:
          'https://fr.m.wikisource.org/wiki/Page:ONU_Trait%C3%A9_sur_l_interdiction_des_armes_nucl%C3%A9aires_2017.djvu/10',
      },
    ],
    unverified:
      'The English text was not retrieved verbatim; the French is an authentic text (UN doc A/CONF.237/2017/8), and the German at https://gesetzefinden.at/bundesrecht/vertraege/20011337/art-17 says the same.',
  },
  {
    id: 'ccw',
    aliases: [],
    name: 'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
    shortName: 'CCW',
    depositary: UNSG,
    noticeTo: 'the depositary',
    noticePeriod: { amount: 1, unit: 'years' },
    laterDate: 'not-provided',
    laterDateBasis:
      'Article 9(2) (French authentic text) fixes the effect one year after the depositary receives the notification and provides for no later date.',
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '1983-12-02',
      source:
        'https://international-review.icrc.org/articles/icrc-appeal-following-entry-force-convention-prohibitions-and-restrictions-use-certain',
    },
    noticeBar: null,
    article: 'Article 9(2)',
    quotes: [
      {
        article: 'Article 9(1)',
        language: 'fr',
        text: "Toute Haute Partie contractante peut dénoncer la présente Convention ou l'un quelconque des protocoles y annexés en notifiant sa décision au Dépositaire.",
        source: 'http://www.icrc.org/applic/ihl/dih.nsf/WebART/500-800010?OpenDocument',
      },
      {
        article: 'Article 9(2)',
        language: 'fr',
        text: "La dénonciation ainsi opérée ne prendra effet qu'une année après la réception par le Dépositaire de la notification ou de la dénonciation. Si, toutefois, à l'expiration de cette année, la Haute Partie contractante dénonçante se trouve dans une situation visée par l'article premier, elle demeure liée par les obligations de la Convention et des protocoles pertinents y annexés jusqu'à la fin du conflit armé ou de l'occupation et, en tout cas, jusqu'à l'achèvement des opérations de libération définitive, de rapatriement ou d'établissement des personnes protégées par les règles du droit international applicables en cas de conflit armé et, dans le cas de tout protocole annexé à la présente Convention contenant des dispositions concernant des situations dans lesquelles des fonctions de maintien de la paix, d'observation ou des fonctions similaires sont exercées par des forces ou missions des Nations Unies dans la région concernée, jusqu'au terme desdites fonctions.",
        source: 'http://www.icrc.org/applic/ihl/dih.nsf/WebART/500-800010?OpenDocument',
      },
    ],
    unverified:
      'The English text was not retrieved verbatim; the French is an authentic text (ICRC IHL database). The catalog models only the end of the armed conflict, not the later end of release and repatriation operations or of UN peacekeeping functions.',
  },
  {
    id: 'rome-statute',
    aliases: ['icc'],
    name: 'Rome Statute of the International Criminal Court',
    shortName: 'Rome Statute',
    depositary: UNSG,
    noticeTo: 'the Secretary-General of the United Nations',
    noticePeriod: { amount: 1, unit: 'years' },
    laterDate: 'allowed',
    laterDateBasis: 'Article 127(1): "unless the notification specifies a later date".',
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '2002-07-01',
      source: 'https://globalprohibitionregimes.eu/database/?country=TJ&regime=4&treaty=6',
    },
    noticeBar: null,
    article: 'Article 127(1)',
    quotes: [
      {
        article: 'Article 127(1)',
        language: 'en',
        text: 'A State Party may, by written notification addressed to the Secretary-General of the United Nations, withdraw from this Statute. The withdrawal shall take effect one year after the date of receipt of the notification, unless the notification specifies a later date.',
        source: 'https://zaki.ru/pagesnew.php?id=1061&page=105',
      },
    ],
    unverified: null,
  },
  {
    id: 'npt',
    aliases: [],
    name: 'Treaty on the Non-Proliferation of Nuclear Weapons',
    shortName: 'NPT',
    depositary: THREE_POWERS,
    noticeTo: 'all other Parties to the Treaty and the United Nations Security Council',
    noticePeriod: { amount: 3, unit: 'months' },
    laterDate: 'unverified',
    laterDateBasis: SILENT('Article X(1)', '"three months in advance"'),
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '1970-03-05',
      source:
        'https://webintra.cvce.eu/en/obj/treaty_on_the_non_proliferation_of_nuclear_weapons_1_july_1968-en-0c1e0636-a043-4982-a8b5-0484c27a1747.html',
    },
    noticeBar: null,
    article: 'Article X(1)',
    quotes: [
      {
        article: 'Article X(1)',
        language: 'en',
        text: 'Each Party shall in exercising its national sovereignty have the right to withdraw from the Treaty if it decides that extraordinary events, related to the subject matter of this Treaty, have jeopardized the supreme interests of its country. It shall give notice of such withdrawal to all other Parties to the Treaty and to the United Nations Security Council three months in advance. Such notice shall include a statement of the extraordinary events it regards as having jeopardized its supreme interests.',
        source: 'https://debategraph.org/details.aspx?lan=LT&nid=53867',
      },
    ],
    unverified: null,
  },
  {
    id: 'cwc',
    aliases: [],
    name: 'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction',
    shortName: 'Chemical Weapons Convention',
    depositary: UNSG,
    noticeTo:
      'all other States Parties, the Executive Council, the Depositary and the United Nations Security Council',
    noticePeriod: { amount: 90, unit: 'days' },
    laterDate: 'unverified',
    laterDateBasis: SILENT('Article XVI(2)', '"90 days in advance"'),
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '1997-04-29',
      source: 'https://icrc.org/en/doc/resources/documents/article/other/57jnja.htm',
    },
    noticeBar: null,
    article: 'Article XVI(2)',
    quotes: [
      {
        article: 'Article XVI(2)',
        language: 'en',
        text: 'Each State Party shall, in exercising its national sovereignty, have the right to withdraw from this Convention if it decides that extraordinary events, related to the subject-matter of this Convention, have jeopardized the supreme interests of its country. It shall give notice of such withdrawal 90 days in advance to all other States Parties, the Executive Council, the Depositary and the United Nations Security Council. Such notice shall include a statement of the extraordinary events it regards as having jeopardized its supreme interests.',
        source: 'https://debates.parlamento.pt/catalogo/r3/dar/s2a/07/01/055/1996-07-06/1109',
      },
    ],
    unverified: null,
  },
  {
    id: 'bwc',
    aliases: [],
    name: 'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction',
    shortName: 'Biological Weapons Convention',
    depositary: THREE_POWERS,
    noticeTo: 'all other States Parties to the Convention and the United Nations Security Council',
    noticePeriod: { amount: 3, unit: 'months' },
    laterDate: 'unverified',
    laterDateBasis: SILENT('Article XIII(2)', '"three months in advance"'),
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '1975-03-26',
      source:
        'http://www.cfr.org/weapons-of-mass-destruction/biological-toxin-weapons-convention/p21883',
    },
    noticeBar: null,
    article: 'Article XIII(2)',
    quotes: [
      {
        article: 'Article XIII(2)',
        language: 'en',
        text: 'Each State Party to this Convention shall in exercising its national sovereignty have the right to withdraw from the Convention if it decides that extraordinary events, related to the subject matter of the Convention, have jeopardized the supreme interests of its country. It shall give notice of such withdrawal to all other States Parties to the Convention and to the United Nations Security Council three months in advance. Such notice shall include a statement of the extraordinary events it regards as having jeopardized its supreme interests.',
        source:
          'http://what-when-how.com/Tutorial/topic-866bkagju/Deadly-Cultures-Biological-Weapons-Since-1945-394.html',
      },
    ],
    unverified: null,
  },
  {
    id: 'att',
    aliases: [],
    name: 'Arms Trade Treaty',
    shortName: 'Arms Trade Treaty',
    depositary: UNSG,
    noticeTo: 'the depositary',
    noticePeriod: { amount: 90, unit: 'days' },
    laterDate: 'allowed',
    laterDateBasis:
      'Article 24(2): "unless the notification of withdrawal specifies a later date".',
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '2014-12-24',
      source:
        'https://www.un.org/sg/en/content/sg/statement/2014-12-23/statement-secretary-general-entry-force-arms-trade-treaty',
    },
    noticeBar: null,
    article: 'Article 24(2)',
    quotes: [
      {
        article: 'Article 24(2)',
        language: 'en',
        text: 'Each State Party shall, in exercising its national sovereignty, have the right to withdraw from this Treaty. It shall give notification of such withdrawal to the Depositary, which shall notify all other States Parties. The notification of withdrawal may include an explanation of the reasons for its withdrawal. The notice of withdrawal shall take effect ninety days after the receipt of the notification of withdrawal by the Depositary, unless the notification of withdrawal specifies a later date.',
        source:
          'https://www.cambridge.org/core/product/identifier/9781839701603%23C24/type/BOOK_PART',
      },
    ],
    unverified: null,
  },
  {
    id: 'paris-agreement',
    aliases: ['paris'],
    name: 'Paris Agreement',
    shortName: 'Paris Agreement',
    depositary: UNSG,
    noticeTo: 'the depositary',
    noticePeriod: { amount: 1, unit: 'years' },
    laterDate: 'allowed',
    laterDateBasis:
      'Article 28(2): "or on such later date as may be specified in the notification of withdrawal".',
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: {
      date: '2016-11-04',
      source: 'http://www.unanima-international.org/updates/paris-agreement-entry-into-force',
    },
    noticeBar: { period: { amount: 3, unit: 'years' }, article: 'Article 28(1)' },
    article: 'Article 28(2)',
    quotes: [
      {
        article: 'Article 28(1)',
        language: 'en',
        text: 'At any time after three years from the date on which this Agreement has entered into force for a Party, that Party may withdraw from this Agreement by giving written notification to the Depositary.',
        source: 'http://www.commonaccord.org/i.php?v=s&f=G/int/unfccc/2015/cop21/eng/Sec/28_v0.md',
      },
      {
        article: 'Article 28(2)',
        language: 'en',
        text: 'Any such withdrawal shall take effect upon expiry of one year from the date of receipt by the Depositary of the notification of withdrawal, or on such later date as may be specified in the notification of withdrawal.',
        source: 'http://www.commonaccord.org/i.php?v=s&f=G/int/unfccc/2015/cop21/eng/Sec/28_v0.md',
      },
      {
        article: 'Article 28(3)',
        language: 'en',
        text: 'Any Party that withdraws from the Convention shall be considered as also having withdrawn from this Agreement.',
        source: 'http://www.commonaccord.org/i.php?v=s&f=G/int/unfccc/2015/cop21/eng/Sec/28_v0.md',
      },
    ],
    unverified:
      'Article 28(3) (withdrawal from the UNFCCC entails withdrawal from the Agreement) is quoted but not applied: the catalog does not follow the UNFCCC.',
  },
  {
    id: 'ctbt',
    aliases: [],
    name: 'Comprehensive Nuclear-Test-Ban Treaty',
    shortName: 'CTBT',
    depositary: UNSG,
    noticeTo:
      'all other States Parties, the Executive Council, the Depositary and the United Nations Security Council',
    noticePeriod: { amount: 6, unit: 'months' },
    laterDate: 'unverified',
    laterDateBasis:
      'The text of Article IX was not retrieved, only a paraphrase: the catalog has no verified provision for a later date.',
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    entryIntoForce: null,
    noticeBar: null,
    article: 'Article IX(3)',
    quotes: [
      {
        article: 'Article IX(3)',
        language: 'en',
        text: 'withdrawal can only be effected by giving notice six months in advance to all other States Parties, the Executive Council, the Depositary and the United Nations Security Council.',
        source: 'https://nuke.fas.org/control/ctbt/text/artbyart/art09.htm',
      },
      {
        article: 'Entry into force',
        language: 'en',
        text: 'To date, however, the treaty has not entered into effect because it has not been ratified by 8 of the 44 states that have nuclear weapons or the potential to create them.',
        source: 'https://tass.com/politics/1701531',
      },
    ],
    unverified:
      'The Treaty text was not retrieved verbatim: the Article IX(3) quote is from the US article-by-article analysis, a paraphrase, not the Treaty.',
  },
];
