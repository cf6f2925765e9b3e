import { Dimension } from '../../clinical-model';
import type { Instrument } from '../types';
import { AGREEMENT_SCALE, item, norm } from './build';

const D = Dimension;

/**
 * The interdependence check-in, version 1: five statements for each of the article's five
 * characteristics of an interdependent relationship and five for codependence risk
 * (self-worth resting on the partner, enmeshed responsibility, missing boundaries, feeling used).
 * Reverse-keyed items are agreed with by people who have LESS of the dimension (for codependence
 * risk: less risk). The pulse item of each dimension is a plain, forward-keyed statement.
 *
 * Frozen: check-ins answered on it stay scored by it. It was replaced by version 2 because its
 * keying was lopsided (one reversed item in most dimensions, an all-forward pulse), so agreeing
 * with everything read as codependence, and its personal-space items rewarded distance.
 */
export const CHECKIN_INSTRUMENT_V1: Instrument = {
  id: 'interdependence-checkin',
  version: 1,
  title: 'Interdependence check-in',
  scale: AGREEMENT_SCALE,
  items: [
    item('com-1', D.COMMUNICATION, 'I can tell my partner what I need without holding back.', {
      pulse: true,
    }),
    item(
      'com-2',
      D.COMMUNICATION,
      'When my partner talks, I listen to understand, not just to reply.',
    ),
    item('com-3', D.COMMUNICATION, 'We talk problems through openly before they grow.'),
    item('com-4', D.COMMUNICATION, 'I keep my real feelings to myself to avoid an argument.', {
      reverse: true,
    }),
    item('com-5', D.COMMUNICATION, 'Our talks often end with one of us feeling criticized.', {
      reverse: true,
    }),

    item('equ-1', D.EQUALITY, 'We each have an equal say in decisions that affect us both.', {
      pulse: true,
    }),
    item('equ-2', D.EQUALITY, 'We split the work of running our shared life fairly.'),
    item('equ-3', D.EQUALITY, 'I feel valued and appreciated by my partner.'),
    item('equ-4', D.EQUALITY, 'We are both willing to meet each other halfway.'),
    item('equ-5', D.EQUALITY, 'One of us usually gets the final word.', { reverse: true }),

    item('gro-1', D.GROWTH, 'My partner encourages me to grow as a person.', { pulse: true }),
    item('gro-2', D.GROWTH, 'We are open to trying new things together.'),
    item('gro-3', D.GROWTH, "I back my partner's goals, even ones I wouldn't choose myself."),
    item('gro-4', D.GROWTH, 'We see change as a chance to make our relationship better.'),
    item('gro-5', D.GROWTH, 'Our relationship feels stuck in the same old patterns.', {
      reverse: true,
    }),

    item('cmt-1', D.COMMITMENT, 'I am willing to put time and effort into our relationship.', {
      pulse: true,
    }),
    item('cmt-2', D.COMMITMENT, 'We keep working on our relationship, even when things are calm.'),
    item('cmt-3', D.COMMITMENT, 'When we hurt each other, we find our way back to forgiveness.'),
    item('cmt-4', D.COMMITMENT, 'I often wonder whether this relationship is worth the effort.', {
      reverse: true,
    }),
    item('cmt-5', D.COMMITMENT, 'I trust that we will face hard times as a team.'),

    item(
      'spa-1',
      D.PERSONAL_SPACE,
      'I have interests and goals of my own outside our relationship.',
      {
        pulse: true,
      },
    ),
    item(
      'spa-2',
      D.PERSONAL_SPACE,
      'I can spend time apart from my partner without feeling guilty.',
    ),
    item('spa-3', D.PERSONAL_SPACE, 'I keep up friendships and family ties of my own.'),
    item('spa-4', D.PERSONAL_SPACE, 'My partner expects me to be by their side most of the time.', {
      reverse: true,
    }),
    item(
      'spa-5',
      D.PERSONAL_SPACE,
      'Time apart leaves me looking forward to seeing my partner again.',
    ),

    item(
      'cod-1',
      D.CODEPENDENCE_RISK,
      'How I feel about myself depends on how my partner treats me.',
      {
        pulse: true,
      },
    ),
    item('cod-2', D.CODEPENDENCE_RISK, "I feel it is up to me to fix my partner's bad moods."),
    item('cod-3', D.CODEPENDENCE_RISK, 'I find it hard to say no to my partner.'),
    item('cod-4', D.CODEPENDENCE_RISK, 'I often feel my partner takes advantage of me.'),
    item('cod-5', D.CODEPENDENCE_RISK, 'I still feel good about myself when we disagree.', {
      reverse: true,
    }),
  ],
  // Version 1 asked nothing about safety.
  safetyItems: [],
  // PROVISIONAL PLACEHOLDERS pending validation: these norms (0–100 scale) and default
  // reliabilities are plausible starting values chosen for the product, not published data.
  // Replace them once the instrument has been validated on clinical and community samples;
  // until then the UI and docs must label cut-offs and reliable-change markers as provisional.
  norms: {
    COMMUNICATION: norm(48, 16, 72, 13, 0.84),
    EQUALITY: norm(50, 15, 73, 12, 0.8),
    GROWTH: norm(52, 15, 74, 13, 0.81),
    COMMITMENT: norm(51, 17, 75, 12, 0.85),
    PERSONAL_SPACE: norm(49, 15, 70, 14, 0.78),
    // Higher is worse: help-seeking couples score higher than functional ones.
    CODEPENDENCE_RISK: norm(58, 16, 35, 13, 0.82),
    INDEX: norm(49, 14, 72, 12, 0.9),
  },
  provisional: true,
};
