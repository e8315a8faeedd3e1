/**
 * Demo data of the An Giang pilot, loaded through the gateway's public API with the demo
 * officers' tokens, exactly as a commune office would enter it. It is loaded once: a
 * later start finds it and leaves it alone.
 */
package org.kinbridge.localstack.demo;
