/**
 * Who is calling and which province's data they may see: the caller as an {@link Actor}
 * built from the bearer token, and the {@link TenantGuard} checks that services run on
 * every object they read or change. A province is a tenant; objects of another province
 * are answered as "not found", never as "forbidden".
 */
package org.kinbridge.platform.tenancy;
