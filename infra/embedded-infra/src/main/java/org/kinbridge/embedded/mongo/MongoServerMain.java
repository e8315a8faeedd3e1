package org.kinbridge.embedded.mongo;

import java.nio.file.Path;

import org.kinbridge.embedded.MainSupport;

/**
 * Runs one {@link DurableMongoServer} as a process of its own. Settings come from
 * {@code --data-dir=}, {@code --host=}, {@code --port=}, {@code --fsync=} and
 * {@code --in-memory=}, or from {@code KINBRIDGE_MONGO_DATA_DIR},
 * {@code KINBRIDGE_MONGO_HOST}, {@code KINBRIDGE_MONGO_PORT},
 * {@code KINBRIDGE_MONGO_FSYNC} and {@code KINBRIDGE_MONGO_IN_MEMORY}. Prints
 * {@code READY mongo <uri>} once it listens, and commits and closes the store on SIGTERM.
 */
public final class MongoServerMain {

	/** The single MVStore file inside the data directory. */
	public static final String STORE_FILE = "kinbridge.mv.db";

	private MongoServerMain() {
	}

	public static void main(String[] args) {
		DurableMongoServer server;
		String uri;
		try {
			String host = MainSupport.setting(args, "host", "KINBRIDGE_MONGO_HOST", "localhost");
			int port = MainSupport.portSetting(args, "port", "KINBRIDGE_MONGO_PORT", 27017);
			boolean inMemory = Boolean
				.parseBoolean(MainSupport.setting(args, "in-memory", "KINBRIDGE_MONGO_IN_MEMORY", "false"));
			boolean fsync = Boolean.parseBoolean(MainSupport.setting(args, "fsync", "KINBRIDGE_MONGO_FSYNC", "true"));
			Path dataDir = Path
				.of(MainSupport.setting(args, "data-dir", "KINBRIDGE_MONGO_DATA_DIR", ".kinbridge/local/mongo"));
			server = inMemory ? DurableMongoServer.inMemory()
					: DurableMongoServer.onFile(dataDir.resolve(STORE_FILE), fsync);
			uri = server.start(host, port);
		}
		catch (IllegalArgumentException ex) {
			MainSupport.fail(ex.getMessage());
			return;
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			System.exit(1);
			return;
		}
		System.out.println("READY mongo " + uri);
		MainSupport.blockUntilStopped("mongo", server);
	}

}
