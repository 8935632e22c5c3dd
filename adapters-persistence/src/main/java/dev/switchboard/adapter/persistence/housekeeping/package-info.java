/** Outbound (driven) adapter: retention deletes in bounded batches, one short transaction each. */
package dev.switchboard.adapter.persistence.housekeeping;
