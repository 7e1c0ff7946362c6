import { corpus } from "./index";
import { assertCorpus } from "./assert-corpus";

/** The corpus of real-shaped budgets (README.md here) as a test; `npm run corpus` prints recall and precision. */
assertCorpus("the corpus of real-shaped budgets", corpus);
