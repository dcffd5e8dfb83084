/** Unit tests run the engine with its full text services (the content script asks the background instead). */
import '../engine/services-full';
