import GRDB

/// The SQLite database's tables (schema version 1). Every table is keyed by the letter's
/// sha256; child rows go with their letter (`ON DELETE CASCADE`). Column meanings are those of
/// `ExportTable`. README.md ("Batch outputs") documents the same schema.
public enum SQLiteSchema {
    /// The statements that create schema version 1, in order.
    public static let statements: [String] = [
        """
        CREATE TABLE letters (
          sha256 TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          format TEXT NOT NULL CHECK (format IN ('pdf', 'text')),
          page_count INTEGER,
          schema_version INTEGER NOT NULL,
          date TEXT,
          delivery TEXT,
          title TEXT,
          year INTEGER,
          period_start TEXT,
          period_end TEXT,
          recipient_name TEXT,
          recipient_job_title TEXT,
          recipient_authority TEXT,
          salutation TEXT,
          authority TEXT,
          signatory_name TEXT,
          signatory_roles TEXT,
          complaints_received_rows INTEGER,
          decision_rows INTEGER,
          warning_count INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE statistics (
          sha256 TEXT PRIMARY KEY NOT NULL REFERENCES letters(sha256) ON DELETE CASCADE,
          upheld_status TEXT NOT NULL,
          upheld_percent REAL,
          upheld_average_percent REAL,
          upheld_count INTEGER,
          upheld_investigations INTEGER,
          compliance_status TEXT NOT NULL,
          compliance_percent REAL,
          compliance_average_percent REAL,
          compliance_outcomes INTEGER,
          remedies_status TEXT NOT NULL,
          remedies_percent REAL,
          remedies_average_percent REAL,
          remedies_count INTEGER,
          remedies_investigations INTEGER
        )
        """,
        """
        CREATE TABLE complaints_received (
          sha256 TEXT NOT NULL REFERENCES letters(sha256) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          reference TEXT,
          authority TEXT,
          category TEXT,
          received TEXT,
          PRIMARY KEY (sha256, position)
        )
        """,
        """
        CREATE TABLE decisions (
          sha256 TEXT NOT NULL REFERENCES letters(sha256) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          reference TEXT,
          authority TEXT,
          category TEXT,
          decided TEXT,
          decision TEXT,
          reason TEXT,
          remedy TEXT,
          service_improvements TEXT,
          PRIMARY KEY (sha256, position)
        )
        """,
        """
        CREATE TABLE sections (
          sha256 TEXT NOT NULL REFERENCES letters(sha256) ON DELETE CASCADE,
          section INTEGER NOT NULL,
          heading TEXT,
          paragraph INTEGER NOT NULL,
          text TEXT,
          PRIMARY KEY (sha256, section, paragraph)
        )
        """,
        """
        CREATE TABLE warnings (
          sha256 TEXT NOT NULL REFERENCES letters(sha256) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          code TEXT NOT NULL,
          message TEXT NOT NULL,
          PRIMARY KEY (sha256, position)
        )
        """,
        "CREATE INDEX letters_authority_year ON letters(authority, year)",
        "CREATE INDEX letters_year ON letters(year)",
        "CREATE INDEX complaints_received_reference ON complaints_received(reference)",
        "CREATE INDEX complaints_received_authority ON complaints_received(authority)",
        "CREATE INDEX decisions_reference ON decisions(reference)",
        "CREATE INDEX decisions_authority ON decisions(authority)",
        "CREATE INDEX decisions_category ON decisions(category)",
        "CREATE INDEX warnings_code ON warnings(code)",
    ]

    /// Creates the tables in a new database; checks an existing one is ours.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("annual-review v1") { db in
            for statement in statements { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// `INSERT INTO table (columns…) VALUES (?, …)`.
    static func insert(_ table: ExportTable) -> String {
        let columns = table.columns
        return "INSERT INTO \(table.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }
}
