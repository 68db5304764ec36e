// Node test setup: a fresh in-memory IndexedDB for every test file.
import 'fake-indexeddb/auto'
