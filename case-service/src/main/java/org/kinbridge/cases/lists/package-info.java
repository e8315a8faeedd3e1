/**
 * The commune's lists (danh sách) of children, as of any date: today the children in
 * special circumstances by group and sub-group (Law on Children 2016, Art. 10). Each
 * listing keeps validity intervals, so that a list can be drawn for a past day exactly as
 * it stood then.
 */
package org.kinbridge.cases.lists;
