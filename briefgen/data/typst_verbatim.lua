-- Corpus text is data: keep it verbatim in the PDF.
-- pandoc's Typst writer escapes most markup but not three of Typst's shorthands in text:
-- "..." (an ellipsis), "-?" (a soft hyphen) and "-" before a digit (a minus sign).
-- Each such "." or "-" is written as a Typst escape ("\." or "\-"), which Typst prints as itself.

local function starts_shorthand(text, i)
  local char, after = text:sub(i, i), text:sub(i + 1, i + 1)
  if char == "." then
    return text:sub(i, i + 2) == "..."
  end
  return char == "-" and (after == "?" or after:match("%d") ~= nil)
end

function Str(element)
  local text = element.text
  if not (text:find("...", 1, true) or text:find("%-[%?%d]")) then
    return nil
  end
  local inlines, start = {}, 1
  for i = 1, #text do  -- bytes: "." and "-" never occur inside a UTF-8 sequence
    if starts_shorthand(text, i) then
      if i > start then
        table.insert(inlines, pandoc.Str(text:sub(start, i - 1)))
      end
      table.insert(inlines, pandoc.RawInline("typst", "\\" .. text:sub(i, i)))
      start = i + 1
    end
  end
  if start <= #text then
    table.insert(inlines, pandoc.Str(text:sub(start)))
  end
  return inlines
end
