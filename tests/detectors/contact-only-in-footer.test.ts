import { runFixture } from './harness';

runFixture('contact-only-in-footer');
