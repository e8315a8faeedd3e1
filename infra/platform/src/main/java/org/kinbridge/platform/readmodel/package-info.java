/**
 * The indexes of read models, declared by each feature and created by one mechanism at
 * start-up. A feature says which indexes its queries need; the platform creates them and
 * keeps a service up, only slower, when one cannot be made.
 */
package org.kinbridge.platform.readmodel;
