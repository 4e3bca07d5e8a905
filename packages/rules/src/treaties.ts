import type { Treaty } from './types.js';

/*
 * Clause texts are quoted from the public copies listed in each entry's
 * `clauseSources` (compiled in shared/data/treaty-clauses.md). None of them
 * is the UN Treaty Collection itself. Where only a non-English authentic or
 * official text was found, that text is quoted and the English is marked
 * unverified.
 */

const UNSG = 'Secretary-General of the United Nations';

/** The withdrawal clauses of the treaties Treaty Watch follows, as data. */
export const TREATIES: readonly Treaty[] = [
  {
    id: 'apmbc',
    aliases: ['ottawa'],
    name: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
    shortName: 'Ottawa Convention',
    depositary: UNSG,
    noticePeriod: { amount: 6, unit: 'months' },
    laterDateAllowed: false,
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    article: 'Article 20(3)',
    clauseText:
      'English text not found verbatim in a source (unverified). German official Swiss translation (SR 0.515.092), Art. 20(3): "Der Rücktritt wird erst sechs Monate nach Eingang der Rücktrittsurkunde beim Depositar wirksam. Ist der zurücktretende Vertragsstaat jedoch bei Ablauf dieser sechs Monate in einen bewaffneten Konflikt verwickelt, so wird der Rücktritt erst nach Beendigung dieses bewaffneten Konflikts wirksam." Partial English quotation (JURIST): "...[if] in the expiry of that six-month period, the withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict." The Convention has no suspension clause.',
    clauseSources: [
      'https://droit-bilingue.ch/de-it/0.5/0.51/0.515.092-20-23.html',
      'https://www.jurist.org/news/2025/12/ukraine-condemned-for-withdrawing-from-mine-ban-treaty',
      'https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty',
      'https://www.aa.com.tr/en/europe/un-warns-security-fears-cannot-justify-weakening-global-landmine-treaty-as-states-object-to-ukraines-suspension/3760039?amp=1',
    ],
  },
  {
    id: 'ccm',
    aliases: [],
    name: 'Convention on Cluster Munitions',
    shortName: 'Convention on Cluster Munitions',
    depositary: UNSG,
    noticePeriod: { amount: 6, unit: 'months' },
    laterDateAllowed: false,
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    article: 'Article 20(3)',
    clauseText:
      "English text not retrieved verbatim (unverified). French official Swiss text (SR 0.515.093; SR-number mapping unverified), Art. 20(3): \"Le retrait ne prend effet que six mois après réception de l'instrument de retrait par le Dépositaire. Cependant, si à l'expiration de ces six mois l'État partie qui se retire est engagé dans un conflit armé, le retrait ne prendra pas effet avant la fin de ce conflit armé.\"",
    clauseSources: ['https://droit-bilingue.ch/fr-it/0.5/0.51/0.515.093-20-23.html'],
  },
  {
    id: 'tpnw',
    aliases: [],
    name: 'Treaty on the Prohibition of Nuclear Weapons',
    shortName: 'TPNW',
    depositary: UNSG,
    noticePeriod: { amount: 12, unit: 'months' },
    laterDateAllowed: false,
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    article: 'Article 17(3)',
    clauseText:
      "English text not retrieved verbatim (unverified). French authentic text (A/CONF.237/2017/8), Art. 17(3): \"Le retrait ne prend effet que 12 mois après la date de réception de la notification du retrait par le Dépositaire. Si toutefois, à l'expiration de cette période de 12 mois, l'État Partie qui se retire est partie à un conflit armé, il reste lié par les obligations résultant du présent Traité et de tout protocole additionnel jusqu'à ce qu'il ne soit plus partie à aucun conflit armé.\"",
    clauseSources: [
      'https://fr.m.wikisource.org/wiki/Page:ONU_Trait%C3%A9_sur_l_interdiction_des_armes_nucl%C3%A9aires_2017.djvu/10',
      'https://gesetzefinden.at/bundesrecht/vertraege/20011337/art-17',
    ],
  },
  {
    id: 'ccw',
    aliases: [],
    name: 'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
    shortName: 'CCW',
    depositary: UNSG,
    noticePeriod: { amount: 1, unit: 'years' },
    laterDateAllowed: false,
    armedConflictClause: 'at-expiry',
    hasSuspensionClause: false,
    article: 'Article 9(2)',
    clauseText:
      "English text not retrieved verbatim (unverified). French authentic text (ICRC IHL database), Art. 9(2): \"La dénonciation ainsi opérée ne prendra effet qu'une année après la réception par le Dépositaire de la notification ou de la dénonciation. Si, toutefois, à l'expiration de cette année, la Haute Partie contractante dénonçante se trouve dans une situation visée par l'article premier, elle demeure liée par les obligations de la Convention et des protocoles pertinents y annexés jusqu'à la fin du conflit armé ou de l'occupation [...]\"",
    clauseSources: [
      'http://www.icrc.org/applic/ihl/dih.nsf/WebART/500-800010?OpenDocument',
      'https://droit-bilingue.ch/de-fr/0.5/0.51/0.515.091-9-12.html',
    ],
  },
  {
    id: 'rome-statute',
    aliases: ['icc'],
    name: 'Rome Statute of the International Criminal Court',
    shortName: 'Rome Statute',
    depositary: UNSG,
    noticePeriod: { amount: 1, unit: 'years' },
    laterDateAllowed: true,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article 127(1)',
    clauseText:
      '"A State Party may, by written notification addressed to the Secretary-General of the United Nations, withdraw from this Statute. The withdrawal shall take effect one year after the date of receipt of the notification, unless the notification specifies a later date."',
    clauseSources: ['https://zaki.ru/pagesnew.php?id=1061&page=105'],
  },
  {
    id: 'npt',
    aliases: [],
    name: 'Treaty on the Non-Proliferation of Nuclear Weapons',
    shortName: 'NPT',
    depositary: 'Governments of the United Kingdom, the United States and the Russian Federation',
    noticePeriod: { amount: 3, unit: 'months' },
    laterDateAllowed: false,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article X(1)',
    clauseText:
      '"Each Party shall in exercising its national sovereignty have the right to withdraw from the Treaty if it decides that extraordinary events, related to the subject matter of this Treaty, have jeopardized the supreme interests of its country. It shall give notice of such withdrawal to all other Parties to the Treaty and to the United Nations Security Council three months in advance. Such notice shall include a statement of the extraordinary events it regards as having jeopardized its supreme interests."',
    clauseSources: ['https://debategraph.org/details.aspx?lan=LT&nid=53867'],
  },
  {
    id: 'cwc',
    aliases: [],
    name: 'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction',
    shortName: 'Chemical Weapons Convention',
    depositary: UNSG,
    noticePeriod: { amount: 90, unit: 'days' },
    laterDateAllowed: false,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article XVI(2)',
    clauseText:
      '"Each State Party shall, in exercising its national sovereignty, have the right to withdraw from this Convention if it decides that extraordinary events, related to the subject-matter of this Convention, have jeopardized the supreme interests of its country. It shall give notice of such withdrawal 90 days in advance to all other States Parties, the Executive Council, the Depositary and the United Nations Security Council. Such notice shall include a statement of the extraordinary events it regards as having jeopardized its supreme interests."',
    clauseSources: [
      'https://debates.parlamento.pt/catalogo/r3/dar/s2a/07/01/055/1996-07-06/1109',
      'https://webdemodz.com/?p=1767',
    ],
  },
  {
    id: 'bwc',
    aliases: [],
    name: 'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction',
    shortName: 'Biological Weapons Convention',
    depositary: 'Governments of the United Kingdom, the United States and the Russian Federation',
    noticePeriod: { amount: 3, unit: 'months' },
    laterDateAllowed: false,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article XIII(2)',
    clauseText:
      '"Each State Party to this Convention shall in exercising its national sovereignty have the right to withdraw from the Convention if it decides that extraordinary events, related to the subject matter of the Convention, have jeopardized the supreme interests of its country. It shall give notice of such withdrawal to all other States Parties to the Convention and to the United Nations Security Council three months in advance. Such notice shall include a statement of the extraordinary events it regards as having jeopardized its supreme interests."',
    clauseSources: [
      'http://what-when-how.com/Tutorial/topic-866bkagju/Deadly-Cultures-Biological-Weapons-Since-1945-394.html',
    ],
  },
  {
    id: 'att',
    aliases: [],
    name: 'Arms Trade Treaty',
    shortName: 'Arms Trade Treaty',
    depositary: UNSG,
    noticePeriod: { amount: 90, unit: 'days' },
    laterDateAllowed: true,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article 24(2)',
    clauseText:
      '"Each State Party shall, in exercising its national sovereignty, have the right to withdraw from this Treaty. It shall give notification of such withdrawal to the Depositary, which shall notify all other States Parties. The notification of withdrawal may include an explanation of the reasons for its withdrawal. The notice of withdrawal shall take effect ninety days after the receipt of the notification of withdrawal by the Depositary, unless the notification of withdrawal specifies a later date."',
    clauseSources: [
      'https://www.cambridge.org/core/product/identifier/9781839701603%23C24/type/BOOK_PART',
    ],
  },
  {
    id: 'paris-agreement',
    aliases: ['paris'],
    name: 'Paris Agreement',
    shortName: 'Paris Agreement',
    depositary: UNSG,
    noticePeriod: { amount: 1, unit: 'years' },
    laterDateAllowed: true,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article 28(2)',
    clauseText:
      '"Any such withdrawal shall take effect upon expiry of one year from the date of receipt by the Depositary of the notification of withdrawal, or on such later date as may be specified in the notification of withdrawal." Article 28(1): a Party may withdraw "at any time after three years from the date on which this Agreement has entered into force for a Party".',
    clauseSources: [
      'http://www.commonaccord.org/i.php?v=s&f=G/int/unfccc/2015/cop21/eng/Sec/28_v0.md',
      'https://climatescience.org.nz/blog/agreement%20at%20un%20cop21%20climate%20conference%20%20allows%20an%20opt-out%20clause',
    ],
  },
  {
    id: 'ctbt',
    aliases: [],
    name: 'Comprehensive Nuclear-Test-Ban Treaty',
    shortName: 'CTBT',
    depositary: UNSG,
    noticePeriod: { amount: 6, unit: 'months' },
    laterDateAllowed: false,
    armedConflictClause: 'none',
    hasSuspensionClause: false,
    article: 'Article IX(3)',
    clauseText:
      'Treaty text not retrieved verbatim (unverified); paraphrase from the US article-by-article analysis: "withdrawal can only be effected by giving notice six months in advance to all other States Parties, the Executive Council, the Depositary and the United Nations Security Council." Whether a later date may be named is unverified. The Treaty is not in force.',
    clauseSources: ['https://nuke.fas.org/control/ctbt/text/artbyart/art09.htm'],
  },
];
