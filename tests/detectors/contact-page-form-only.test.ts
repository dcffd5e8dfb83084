import { runFixture } from './harness';

runFixture('contact-page-form-only');
