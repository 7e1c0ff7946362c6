import { corpus2 } from "./index";
import { scoreCorpus } from "../corpus/scorer";

/** `npm run corpus2`: recall and precision on the second corpus (see test/corpus/scorer.ts); prints, never fails. */
test("corpus2 score (prints; does not assert)", () => scoreCorpus(corpus2));
