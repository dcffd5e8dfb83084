import { runFixture } from './harness';

runFixture('cookie-no-reject');
