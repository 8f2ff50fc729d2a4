-- HTML packs: a citation "[3]" links to row 3 of the sources table, whose number becomes its anchor.
-- The Markdown stays plain (no anchors a Markdown viewer would show); the numbers are whatever the
-- locale writes ("[۳]" in Persian), so the anchors are found from the table rather than computed.
-- Only where the template puts citations is "[3]" linked: last in a paragraph or list item, first in
-- a heading.  A "[3]" inside corpus text (a footnote mark copied from a web page) stays plain text.

local anchors = {}

local function cell_text(cell)
  return pandoc.utils.stringify(cell.contents)
end

local function anchor_for(number)
  return "source-" .. number
end

local function tag_sources_table(tbl)
  -- alignment comes from the stylesheet ("start"), which follows the page's direction
  for i, spec in ipairs(tbl.colspecs) do
    tbl.colspecs[i] = {pandoc.AlignDefault, spec[2]}
  end
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do
      local first = row.cells[1]
      local number = first and cell_text(first) or ""
      if number ~= "" and not number:find("%s") and anchors[number] == nil then
        anchors[number] = true
        first.contents = {pandoc.Plain({pandoc.Span(first.contents[1] and pandoc.utils.stringify(first.contents) or number,
                                                    {id = anchor_for(number)})})}
      end
    end
  end
  return tbl
end

local function link_citation(str)
  local number = str.text:match("^%[(.+)%]$")
  if number and anchors[number] then
    return pandoc.Link(str.text, "#" .. anchor_for(number), "", {class = "citation"})
  end
  return nil
end

local function link_at(inlines, position)
  local element = inlines[position]
  if element and element.t == "Str" then
    local link = link_citation(element)
    if link then
      inlines[position] = link
    end
  end
  return inlines
end

local function link_last(block)
  block.content = link_at(block.content, #block.content)
  return block
end

local function link_first(block)
  block.content = link_at(block.content, 1)
  return block
end

return {
  {Table = tag_sources_table},
  {Para = link_last, Plain = link_last, Header = link_first},
}
