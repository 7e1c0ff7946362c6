import type { RuleImplementation } from "./types";
import { tierOa, tierWebsite } from "./tier-oa-website";
import { tierVideo } from "./tier-video";
import { tierServerRoom } from "./tier-server-room";
import { tierInfoRelease } from "./tier-info-release";

/** Scale tiers of 五 (OA, video conference, website, server room) and the info-release cap. */
export const tierRules: RuleImplementation<never>[] = [tierOa, tierVideo, tierWebsite, tierServerRoom, tierInfoRelease];
