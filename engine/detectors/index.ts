/**
 * The explicit registry of detectors. A conventions test fails when a file in this folder is not listed
 * here, when its id differs from its file name, or when it has no fixture.
 */
import type { Detector, DetectorMeta } from './types';
import type { JourneyDetector } from '../journey-types';
import missingContact from './missing-contact';
import longForm from './long-form';
import forcedAccount from './forced-account';
import unclearLabels from './unclear-labels';
import sensitiveFields from './sensitive-fields';
import confirmFields from './confirm-fields';
import captchaOnForm from './captcha-on-form';
import passwordRules from './password-rules';
import formJargon from './form-jargon';
import noDirectChannel from './no-direct-channel';
import contactOnlyInFooter from './contact-only-in-footer';
import contactHardToSee from './contact-hard-to-see';
import contactPageFormOnly from './contact-page-form-only';
import missingPrivacyPolicy from './missing-privacy-policy';
import missingTerms from './missing-terms';
import missingCompanyIdentity from './missing-company-identity';
import missingReturnsInfo from './missing-returns-info';
import cookieNoReject from './cookie-no-reject';
import unexplainedPersonalData from './unexplained-personal-data';
import extraVerification from './extra-verification';
import stepIndicator from './step-indicator';
import precheckedOptIn from './prechecked-opt-in';
import lateCosts from './late-costs';
import countdownTimer from './countdown-timer';
import urgencyMessage from './urgency-message';
import scarcityMessage from './scarcity-message';
import socialProofActivity from './social-proof-activity';
import confirmshaming from './confirmshaming';
import trickQuestion from './trick-question';
import sneakedItems from './sneaked-items';
import inconsistentContact from './inconsistent-contact';
import inconsistentCompany from './inconsistent-company';
import inconsistentReturns from './inconsistent-returns';
import priceMismatch from './price-mismatch';
import tooManySteps from './too-many-steps';

export const DETECTORS: readonly Detector[] = [
  missingContact,
  longForm,
  forcedAccount,
  unclearLabels,
  sensitiveFields,
  confirmFields,
  captchaOnForm,
  passwordRules,
  formJargon,
  noDirectChannel,
  contactOnlyInFooter,
  contactHardToSee,
  contactPageFormOnly,
  missingPrivacyPolicy,
  missingTerms,
  missingCompanyIdentity,
  missingReturnsInfo,
  cookieNoReject,
  unexplainedPersonalData,
  extraVerification,
  stepIndicator,
  precheckedOptIn,
  lateCosts,
  countdownTimer,
  urgencyMessage,
  scarcityMessage,
  socialProofActivity,
  confirmshaming,
  trickQuestion,
  sneakedItems,
];

/** Journey detectors: run over all touchpoints of a review (engine/journey.ts), in the background and CLI only. */
export const JOURNEY_DETECTORS: readonly JourneyDetector[] = [
  inconsistentContact,
  inconsistentCompany,
  inconsistentReturns,
  priceMismatch,
  tooManySteps,
];

export function journeyDetectorById(id: string): JourneyDetector | undefined {
  return JOURNEY_DETECTORS.find((d) => d.meta.id === id);
}

export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((d) => d.meta.id === id);
}

/** Metadata of a page or journey detector (titles, why, fix and message templates for the UI and reports). */
export function detectorMetaById(id: string): DetectorMeta | undefined {
  return (detectorById(id) ?? journeyDetectorById(id))?.meta;
}
