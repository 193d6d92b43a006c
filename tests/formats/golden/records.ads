%R 1931..............M
%A Moreau, Élise; von Berg Jr., Hans
%E Okafor, Ngozi
%T An Atlas of Imaginary Harbours
%D 00/1931
%X 100% of the 2nd printing; see {braces} and ~tilde_ #hash Paperback, $24.50
%W PHY
%G AUTHOR

%R 1931............41M
%A Moreau, Élise
%T On Tides That Never Were
%D 00/1931
%P 41
%L 67
%W PHY
%G AUTHOR

%R 2004.......12..201N
%A Nakamura, Kenji; Coastal History Group
%T Salt, Silver and the Ledger
%J Journal of Invented Economies, vol. 12, no. 3, pp. 201-230
%D 00/2004
%V 12
%N 3
%U https://example.org/~ledger/salt_silver?x=1&y=2
%P 201
%L 230
%Y DOI:10.1234/jie.2004.12.3.201
%W PHY
%G AUTHOR

%R 1932..............F
%A Ferreira, Ana
%T Harbours of the Mind
%J The Quarterly Lantern, no. 73
%D 03/1932
%N 73
%W PHY
%G AUTHOR

%R ...................
%T Utrenniy kolokol
%W PHY
%G AUTHOR

%R ...0..............P
%A Petrov
%T Lighthouses Without Keepers
%D 00/n.d.
%W PHY
%G AUTHOR

