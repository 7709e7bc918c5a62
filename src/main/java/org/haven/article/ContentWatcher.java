package org.haven.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.haven.config.ClusterProperties;
import org.haven.content.ContentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In dev mode ({@code haven.content.watch=true}) re-imports the content folder shortly
 * after a file in it changes, so a writer sees a new or edited article on reload without
 * a restart. The import walks subfolders, so the watch covers them too, including folders
 * created while it runs ({@code articles/2024/new.md}).
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	private static final long QUIET_MILLIS = 300;

	private final Path root;

	private final boolean enabled;

	private final Runnable onChange;

	private volatile Thread thread;

	private final CompletableFuture<Void> watching = new CompletableFuture<>();

	@Autowired
	ContentWatcher(ContentImport contentImport, ContentProperties properties, ClusterProperties cluster) {
		this(properties.dir(), properties.watch() && cluster.writesContent(), contentImport::importAll);
	}

	ContentWatcher(Path root, boolean enabled, Runnable onChange) {
		this.root = root;
		this.enabled = enabled;
		this.onChange = onChange;
	}

	@Override
	public void start() {
		if (!enabled || !Files.isDirectory(root)) {
			return;
		}
		Thread watcherThread = new Thread(this::watch, "content-watcher");
		watcherThread.setDaemon(true);
		watcherThread.start();
		thread = watcherThread;
	}

	/**
	 * Completes once every folder is registered, so a change made after it is seen (tests
	 * wait on it).
	 */
	CompletableFuture<Void> watching() {
		return watching;
	}

	private void watch() {
		try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
			register(watcher, root);
			for (Path tree : trees()) {
				registerTree(watcher, tree);
			}
			log.info("Watching {} for changes", root);
			watching.complete(null);
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = watcher.take();
				drainUntilQuiet(watcher, key);
				try {
					onChange.run();
				}
				catch (RuntimeException ex) {
					log.warn("Re-import after a file change failed: {}", ex.toString());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Content watcher stopped: {}", ex.toString());
		}
		finally {
			watching.completeExceptionally(new IllegalStateException("the content watcher stopped"));
		}
	}

	/**
	 * The folders the import walks with their subfolders; the root itself only holds
	 * files such as categories.yaml.
	 */
	private List<Path> trees() {
		return List.of(root.resolve("articles"), root.resolve("pages"), root.resolve("authors"));
	}

	/**
	 * Editors save in bursts (temp file, rename, touch): wait until the folder is quiet,
	 * then import once. A folder created meanwhile is watched before the import, so files
	 * dropped into it later are seen too.
	 */
	private void drainUntilQuiet(WatchService watcher, WatchKey first) throws InterruptedException, IOException {
		WatchKey key = first;
		while (key != null) {
			for (WatchEvent<?> event : key.pollEvents()) {
				if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
						&& event.context() instanceof Path name) {
					Path created = dir.resolve(name);
					if (Files.isDirectory(created) && inTree(created)) {
						registerTree(watcher, created);
					}
				}
			}
			key.reset();
			key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	private boolean inTree(Path dir) {
		return trees().stream().anyMatch(dir::startsWith);
	}

	/**
	 * Registers {@code tree} and every folder below it; one that vanishes meanwhile is
	 * skipped.
	 */
	private static void registerTree(WatchService watcher, Path tree) throws IOException {
		if (!Files.isDirectory(tree)) {
			return;
		}
		List<Path> dirs;
		try (Stream<Path> walk = Files.walk(tree)) {
			dirs = walk.filter(Files::isDirectory).toList();
		}
		catch (UncheckedIOException ex) {
			log.debug("Folder changed while being listed: {}", ex.toString());
			return;
		}
		for (Path dir : dirs) {
			try {
				register(watcher, dir);
			}
			catch (NoSuchFileException ex) {
				// removed between the listing and now: nothing to watch
			}
		}
	}

	private static void register(WatchService watcher, Path dir) throws IOException {
		dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
				StandardWatchEventKinds.ENTRY_DELETE);
	}

	@Override
	public void stop() {
		Thread running = thread;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null && thread.isAlive();
	}

}
