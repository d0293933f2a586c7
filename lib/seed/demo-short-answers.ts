// Plausible student answers to the demo's short-answer questions, written for the demo: strong,
// partial and weak, with some near-identical ones so grading a group at once has something to do.

export const DEMO_SHORT_ANSWERS: Record<string, string[]> = {
  'ev-short-sixty-years': [
    'Batmunkh makes Soviet protection sound continuous since the revolution, so the garrison looks like an old tradition. But the troops he means were invited in 1965–66, about 75,000 of them by 1985, and they faced China rather than Japan.',
    'He wants the Soviet troops to look like old friends who always protected Mongolia. Actually the big deployment only started in 1966.',
    'He wants the Soviet troops to look like old friends who always protected Mongolia. Actually the big deployment only started in 1966!',
    'It shows Mongolia and the USSR were allies for 60 years, which is true because they fought Japan together in 1939 and 1945.',
    'The framing makes the troops seem normal.',
  ],
  'ev-short-partial-withdrawal': [
    'Kim links the withdrawal to better relations with China right after saying he meets the Chinese often, so he may be passing on Beijing’s wishes, but politely, by leaving some troops. The note in brackets is the Mongolian note-taker’s, showing home readers that Kim insisted.',
    'Kim wants to please China without offending Moscow, so he says keep some troops. The note-taker wrote that he repeated it.',
    'Kim wants to please China without offending Moscow so he says keep some troops. The note taker wrote that he repeated it.',
    'Kim repeated it twice because he really cared about Mongolia’s security.',
  ],
  'ev-short-compare-blame': [
    'Both blame China: Batmunkh vaguely (“the peculiar situation in China”), Kim directly (“the fault of the Chinese side”). Batmunkh leaves out Mongolia siding with Moscow and the Soviet garrison; Kim leaves out North Korea’s own attacks on Beijing, and only he tells the loudspeaker story.',
    'Batmunkh says it was China’s peculiar situation and Kim says it was China’s fault. Both leave out their own side’s part in the split.',
    'Both say China caused the problems in the Cultural Revolution.',
  ],
}
