/**
 * Reading article files from the command line: folders are expanded to their *.txt / *.news
 * files; binary or non-UTF-8 files are refused with a reason instead of analysed as garbage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../analysis/decode';

export interface ArticleFile {
  file: string;
  text: string;
}

export interface FileProblem {
  file: string;
  message: string;
}

const ARTICLE_EXTENSIONS = /\.(txt|news)$/i;

export function collectArticles(paths: string[]): { articles: ArticleFile[]; problems: FileProblem[] } {
  const articles: ArticleFile[] = [];
  const problems: FileProblem[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ file: path, message: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const names = readdirSync(path).filter((n) => ARTICLE_EXTENSIONS.test(n)).sort();
      if (!names.length) problems.push({ file: path, message: 'directory holds no *.txt or *.news articles' });
      for (const n of names) readOne(join(path, n), articles, problems);
    } else readOne(path, articles, problems);
  }
  return { articles, problems };
}

function readOne(file: string, articles: ArticleFile[], problems: FileProblem[]): void {
  const decoded = decodeArticle(readFileSync(file));
  if (decoded.ok) articles.push({ file, text: decoded.text });
  else problems.push({ file, message: decoded.reason });
}
