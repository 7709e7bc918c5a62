package org.haven.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the articles of a generated content folder (see {@link CorpusGenerator}) as a Hugo site, so that Hugo and
 * Haven's static export can be timed on the same articles: {@code config.toml} (tag, category and author taxonomies,
 * ten to a list page and twenty to a feed as in Haven, related posts by tag overlap and date), {@code related.toml} (turns the related
 * list on), {@code content/posts/*.md} with the same front matter ({@code author: x} becomes {@code authors: [x]},
 * Hugo's taxonomy key) and Markdown, and a minimal layout that renders what a Haven page shows: title, date,
 * table of contents, body, categories, tags, author, the site's menu, and paginated lists with summaries.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.haven.bench.HugoSite &lt;contentDir&gt; &lt;hugoSiteDir&gt;
 * hugo --quiet --source &lt;hugoSiteDir&gt; --destination /tmp/out                           # without related posts
 * hugo --quiet --source &lt;hugoSiteDir&gt; --config config.toml,related.toml --destination /tmp/out  # with them
 * </pre>
 */
public final class HugoSite {

	private static final String CONFIG = """
			baseURL = "http://localhost:8080/"
			title = "Haven"
			languageCode = "en"
			paginate = 10
			rssLimit = 20
			enableRobotsTXT = true

			[taxonomies]
			  tag = "tags"
			  category = "categories"
			  author = "authors"

			[outputs]
			  home = ["HTML", "RSS"]
			  section = ["HTML", "RSS"]
			  taxonomy = ["HTML"]
			  term = ["HTML", "RSS"]

			[related]
			  threshold = 1
			  includeNewer = true
			  toLower = true
			  [[related.indices]]
			    name = "tags"
			    weight = 100
			  [[related.indices]]
			    name = "date"
			    weight = 10
			""";

	private static final String RELATED = """
			[params]
			  related = true
			""";

	private static final String BASEOF = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>{{ .Title }} · {{ site.Title }}</title>
			<meta name="description" content="{{ .Summary | plainify | truncate 160 }}">
			<link rel="canonical" href="{{ .Permalink }}">
			</head>
			<body>
			<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
			<nav><ul>{{ range site.Taxonomies.categories }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}</ul></nav>
			</header>
			<main>{{ block "main" . }}{{ end }}</main>
			<footer>{{ site.Title }}</footer>
			</body>
			</html>
			""";

	private static final String SINGLE = """
			{{ define "main" }}
			<article>
			<h1>{{ .Title }}</h1>
			<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
			· {{ .ReadingTime }} min read
			{{ range .GetTerms "authors" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
			<p>{{ range .GetTerms "categories" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
			<nav aria-label="Contents">{{ .TableOfContents }}</nav>
			{{ .Content }}
			<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
			</article>
			{{ if site.Params.related }}{{ with first 5 (site.RegularPages.Related .) }}
			<aside><h2>Related</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></aside>
			{{ end }}{{ end }}
			{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
			{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
			{{ end }}
			""";

	private static final String LIST = """
			{{ define "main" }}
			<h1>{{ .Title }}</h1>
			{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
			{{ $paginator := .Paginate $pages }}
			{{ range $paginator.Pages }}
			<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
			<p><time>{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min read</p>
			<p>{{ .Summary | plainify | truncate 240 }}</p>
			<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p></article>
			{{ end }}
			<nav>{{ with $paginator.Prev }}<a href="{{ .URL }}">Newer</a>{{ end }}
			{{ with $paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>
			{{ end }}
			""";

	private static final String TERMS = """
			{{ define "main" }}
			<h1>{{ .Title }}</h1>
			<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
			{{ end }}
			""";

	private HugoSite() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: HugoSite <contentDir> <hugoSiteDir>");
			System.exit(2);
		}
		write(Path.of(args[0]), Path.of(args[1]));
	}

	/** Writes the Hugo site for the content folder {@code content} into {@code site}. */
	public static void write(Path content, Path site) throws IOException {
		Path posts = site.resolve("content/posts");
		Files.createDirectories(posts);
		Files.createDirectories(site.resolve("layouts/_default"));
		write(site.resolve("config.toml"), CONFIG);
		write(site.resolve("related.toml"), RELATED);
		write(site.resolve("layouts/_default/baseof.html"), BASEOF);
		write(site.resolve("layouts/_default/single.html"), SINGLE);
		write(site.resolve("layouts/_default/list.html"), LIST);
		write(site.resolve("layouts/_default/terms.html"), TERMS);
		int count = 0;
		try (Stream<Path> files = Files.list(content.resolve("articles"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				write(posts.resolve(file.getFileName()), hugoFrontMatter(Files.readString(file)));
				count++;
			}
		}
		Path about = content.resolve("pages/about.md");
		if (Files.exists(about)) {
			Files.copy(about, site.resolve("content/about.md"));
		}
		System.err.println("wrote " + count + " posts into " + posts);
	}

	/** The same front matter in Hugo's terms: the author becomes a one-element list of the authors taxonomy. */
	static String hugoFrontMatter(String markdown) {
		int end = markdown.indexOf("\n---", 4);
		String frontMatter = markdown.substring(0, end);
		String rest = markdown.substring(end);
		List<String> lines = frontMatter.lines()
			.map(line -> line.startsWith("author: ") ? "authors: [" + line.substring("author: ".length()) + "]" : line)
			.toList();
		return String.join("\n", lines) + rest;
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
